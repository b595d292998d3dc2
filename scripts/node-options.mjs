// The API's bounded V8 heap (README, "Production"), shared by `npm start` and `npm run bench`;
// the Dockerfile and docker-compose.yml write the same value.
export const PRODUCTION_HEAP = '--max-old-space-size=192';

/** NODE_OPTIONS with the production heap added, unless they already set a heap size. */
export function withBoundedHeap(userOptions = '') {
  const given = userOptions.trim();
  return /--max[-_]old[-_]space[-_]size/.test(given) ? given : `${given} ${PRODUCTION_HEAP}`.trim();
}
