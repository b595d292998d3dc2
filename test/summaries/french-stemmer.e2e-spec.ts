import { stemFrench } from '../../libs/shared/src/summaries/french-stemmer';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The brief's French stemmer against PostgreSQL's own Snowball `french_stem`, word by word: real
 * words of local debates, and every suffix rule crossed with many stems.
 */
const WORDS = `vélo vélos aménagement aménager continuellement nationalisation habitants habitation quartier école éducation
stationnement parkings arbres espaces verts piste cyclables circulation automobilistes transports publiques propreté poubelles
bancs jardins partagés jeunesse enfants personnes âgées accessibilité handicapés éclairage lumière nuisances sonores mairie
associations culturelle sportive terrains marchés commerçants logements sociaux loyers rénovation immeubles ascenseurs
réparation sécuriser trottoirs piétons passages protégés limitation vitesse ralentisseurs rencontre voisinage solidarité
numérique ateliers formations emploi insertion santé médecins pharmacie hôpital propositions concertation citoyennes
participative démocratique réunions évidemment fréquemment heureusement naïve noël ambiguë canoë maïs haïr paysannes payer
rayonnement aïeul activités créativité responsabilité institutrice politiques biologie technologies révolution contribution
existence conscience différences joyeusement dangereuses merveilleux établissement agrandissement finissaient finirions
parlèrent parleraient chantâmes chantassiez étudiantes mangeaient tranquillité familles pareille anciennes patronne nettes
cruelles chaussettes vieilles réveillé abeilles guérison gestionnaire manifestations polluée premières fières lumineuse
tourisme écologiques piscines bibliothèque crèches cantines quantités égalité mobilités généralement absolument récemment
différemment voyageurs employée qualification enquêtes sûrement québec vraiaient jouaient tuyaux croyons`;
const ROOTS = ['nation', 'rapid', 'habit', 'continu', 'aménag', 'sécur', 'act', 'possibil', 'inform', 'polit', 'log', 'exist', 'différ', 'heur', 'établ', 'fin', 'parl', 'chant', 'étudi', 'mang', 'tranquil', 'pareil', 'anci', 'bon', 'net', 'bel', 'nouv', 'vieil', 'quest', 'pollu', 'prem', 'lumin', 'cycl', 'optim', 'écolog', 'qual', 'général', 'pay', 'essa', 'emplo', 'noë', 'ambigu', 'haï', 'ray', 'jou', 'aqu', 'par', 'col', 'tap', 'ai', 'é', 'qu'];
const SUFFIXES = ['ance', 'iques', 'isme', 'ables', 'iste', 'eux', 'atrice', 'ateurs', 'ations', 'ication', 'icateur', 'logie', 'usion', 'utions', 'ence', 'ement', 'ements', 'ivement', 'ativement', 'eusement', 'ablement', 'iquement', 'ièrement', 'ité', 'abilité', 'icité', 'ivité', 'if', 'ives', 'atif', 'icative', 'eaux', 'aux', 'euse', 'issement', 'amment', 'emment', 'ment', 'îmes', 'ît', 'ie', 'ir', 'iraient', 'irent', 'irions', 'is', 'issaient', 'issant', 'issantes', 'isse', 'issiez', 'it', 'ions', 'é', 'ées', 'èrent', 'er', 'eraient', 'erions', 'ez', 'iez', 'âmes', 'ât', 'a', 'aient', 'ant', 'antes', 'asse', 'assions', 'eant', 's', 'es', 'ion', 'sion', 'tion', 'ier', 'ière', 'e', 'enne', 'onne', 'ette', 'elle', 'eille', 'èse', 'ète', 'yer', 'uier', 'ç', 'ye', 'ui'];

describe('French stemmer against PostgreSQL french_stem', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('gives the same stem for every word PostgreSQL stems (stop words aside)', async () => {
    const words = [...new Set([...WORDS.split(/\s+/).filter(Boolean), ...ROOTS.flatMap((r) => SUFFIXES.map((s) => r + s))])];
    const { rows } = await t.db.query<{ w: string; s: string | null }>(`SELECT w, (ts_lexize('french_stem', w))[1] AS s FROM unnest($1::text[]) AS w`, [words]);
    const stemmed = rows.filter((r) => r.s !== null);
    expect(stemmed.length).toBeGreaterThan(4000);
    const different = stemmed.filter((r) => stemFrench(r.w) !== r.s).map((r) => `${r.w}: ${r.s} ≠ ${stemFrench(r.w)}`);
    expect(different).toEqual([]);
  });
});
