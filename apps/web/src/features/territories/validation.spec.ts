import { createT } from '../../i18n';
import '../../i18n/admin';
import { officialCode, validateTerritory } from './validation';

const t = createT('fr');
const ids = { name: 'name', officialCode: 'code', parentId: 'parent' };

describe('territory form', () => {
  it('needs a name; a commune’s INSEE code is optional but must be right; a quartier needs its commune', () => {
    expect(validateTerritory(t, { kind: 'commune', name: ' ', officialCode: '4732', parentId: '' }, ids).map((e) => [e.field, e.message])).toEqual([
      ['name', 'Écrivez le nom du territoire.'],
      ['code', 'Ce code n’est pas correct. Exemple\u00a0: 47323 ou 2A004.'],
    ]);
    expect(validateTerritory(t, { kind: 'commune', name: 'Villeneuve', officialCode: '', parentId: '' }, ids)).toEqual([]);
    expect(validateTerritory(t, { kind: 'commune', name: 'Ajaccio', officialCode: '2a004', parentId: '' }, ids)).toEqual([]);
    expect(validateTerritory(t, { kind: 'quartier', name: 'Les Tours', officialCode: '', parentId: '' }, ids).map((e) => e.field)).toEqual(['parent']);
  });

  it('sends the code in upper case, or null', () => {
    expect(officialCode(' 2a004 ')).toBe('2A004');
    expect(officialCode('  ')).toBeNull();
  });
});
