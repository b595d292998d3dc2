import { checkPassword } from './password-policy';
import { COMMON_PASSWORDS } from './common-passwords';

describe('checkPassword', () => {
  const person = { email: 'amina.k@exemple.fr', displayName: 'Amina du quartier' };

  it('accepts a long passphrase with any characters and no composition rule', () => {
    expect(checkPassword('le vélo du marché bleu', person)).toBeNull();
    expect(checkPassword('ééééèèèè', person)).toBeNull();
    expect(checkPassword('🚲🚲🚲🚲🚲🚲🚲🚲', person)).toBeNull();
  });

  it('counts characters, not bytes, for the limits', () => {
    expect(checkPassword('🚲🚲🚲🚲🚲🚲🚲', person)).toEqual({ code: 'PASSWORD_TOO_SHORT', params: { min: 8 } });
    expect(checkPassword('é'.repeat(128), person)).toBeNull();
    expect(checkPassword('é'.repeat(129), person)).toEqual({ code: 'PASSWORD_TOO_LONG', params: { max: 128 } });
  });

  it('refuses 7 characters and accepts 8', () => {
    expect(checkPassword('kqzv7wp', person)?.code).toBe('PASSWORD_TOO_SHORT');
    expect(checkPassword('kqzv7wpx', person)).toBeNull();
  });

  it('refuses common passwords whatever their case, including French ones', () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(10000);
    expect(checkPassword('password', person)?.code).toBe('PASSWORD_TOO_COMMON');
    expect(checkPassword('PassWord123', person)?.code).toBe('PASSWORD_TOO_COMMON');
    expect(checkPassword('motdepasse', person)?.code).toBe('PASSWORD_TOO_COMMON');
    expect(checkPassword('azertyuiop', person)?.code).toBe('PASSWORD_TOO_COMMON');
  });

  it('refuses passwords containing the email, its local part or the display name', () => {
    expect(checkPassword('xx-amina.k@exemple.fr', person)?.code).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    expect(checkPassword('AMINA.K-2026!', person)?.code).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
    expect(checkPassword('aminaduquartier9', person)?.code).toBe('PASSWORD_CONTAINS_PERSONAL_INFO');
  });

  it('ignores personal fragments shorter than 3 characters', () => {
    expect(checkPassword('bo-tramway-ligne', { email: 'bo@x.fr', displayName: 'Bo' })).toBeNull();
  });
});
