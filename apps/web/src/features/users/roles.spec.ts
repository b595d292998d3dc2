import { createT } from '../../i18n';
import '../../i18n/admin';
import { checkUserId, ROLES } from './roles';

const t = createT('fr');

describe('role form', () => {
  it('offers the four staff roles', () => {
    expect(ROLES).toEqual(['facilitator', 'moderator', 'official', 'admin']);
  });

  it('a person is chosen by the number copied from moderation', () => {
    expect(checkUserId(t, '', 'f')[0]!.message).toBe('Écrivez le numéro de la personne.');
    expect(checkUserId(t, '12', 'f')[0]!.message).toBe('Ce numéro n’est pas correct. Copiez-le depuis la modération.');
    expect(checkUserId(t, '0B6F0C1E-7D1A-4A8E-9D7E-2A1B3C4D5E6F', 'f')).toEqual([]);
  });
});
