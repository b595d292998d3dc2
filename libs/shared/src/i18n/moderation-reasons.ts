import type { ModerationReason } from '../participation';
import type { Language } from './translate';

/** Plain words for each reason, shown to the author of hidden content and beside placeholders. */
export const moderationReasonLabels: Record<Language, Record<ModerationReason, string>> = {
  fr: {
    spam: 'Publicité ou message répété',
    abusive: 'Propos insultants ou haineux',
    off_topic: 'Hors sujet',
    personal_data: 'Informations personnelles sur quelqu’un',
    other: 'Autre raison',
  },
  en: {
    spam: 'Advertising or repeated message',
    abusive: 'Insulting or hateful words',
    off_topic: 'Off topic',
    personal_data: 'Personal information about someone',
    other: 'Other reason',
  },
};

export const HIDDEN_PLACEHOLDER: Record<Language, string> = {
  fr: 'Contribution masquée par la modération',
  en: 'Contribution hidden by moderation',
};
