import { createT } from '../../i18n';
import '../../i18n/admin';
import { validateTheme } from './validation';

const t = createT('fr');

describe('theme form', () => {
  it('a theme needs a name of at most 60 characters', () => {
    expect(validateTheme(t, '  ', 'f')[0]!.message).toBe('Écrivez le nom du thème.');
    expect(validateTheme(t, 'x'.repeat(61), 'f')[0]!.message).toBe('Écrivez au plus 60 caractères.');
    expect(validateTheme(t, 'logement', 'f')).toEqual([]);
  });
});
