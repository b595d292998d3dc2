/** Framework-free statistics of debate summaries (the brief): used by the API's worker, and by the web when it needs them. */
export * from './stats';
export * from './zones';
export * from './random';
export * from './pca';
export * from './kmeans';
export * from './opinion-groups';
export * from './french-stemmer';
export * from './french-stop-words';
export * from './topics';
