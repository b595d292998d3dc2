export * from './roles';
export * from './limits';
export * from './error-codes';
export * from './i18n/translate';
export { errorsFr } from './i18n/fr';
export { errorsEn } from './i18n/en';
export * from './participation';
export * from './territories';
export * from './i18n/notices';
