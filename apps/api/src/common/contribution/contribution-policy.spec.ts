import { isNewAccount, normalizeForMatching } from './contribution-policy.service';

describe('contribution policy helpers', () => {
  it('treats accounts younger than 24 hours as new', () => {
    const now = Date.parse('2026-11-26T12:00:00Z');
    expect(isNewAccount({ createdAt: new Date(now - 23 * 3600_000) }, now)).toBe(true);
    expect(isNewAccount({ createdAt: new Date(now - 25 * 3600_000) }, now)).toBe(false);
  });

  it('ignores accents and case when matching words', () => {
    expect(normalizeForMatching('Arnaque À LA Clé')).toBe('arnaque a la cle');
  });
});
