/**
 * Words left out of topics: the Snowball French stop list (the one PostgreSQL's `french`
 * configuration uses), then frequent function words that carry no subject (adverbs, pronouns,
 * forms of common auxiliary and modal verbs). Compared with the lower-case word before stemming.
 */
const SNOWBALL = `au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me même mes moi mon ne nos notre
nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étée
étées étés étant étante étants étantes suis es est sommes êtes sont serai seras sera serons serez seront serais serait serions
seriez seraient étais était étions étiez étaient fus fut fûmes fûtes furent sois soit soyons soyez soient fusse fusses fût
fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras aura aurons aurez auront
aurais aurait aurions auriez auraient avais avait avions aviez avaient eut eûmes eûtes eurent aie aies ait ayons ayez aient
eusse eusses eût eussions eussiez eussent`;

const FUNCTION_WORDS = `les uns unes ils elles leurs quel quelle quels quelles lequel laquelle lesquels lesquelles auquel auxquels duquel desquels cette cet celui celle ceux celles cela ceci ça ici là où dont quand comme comment pourquoi
quoi lorsque puisque parce alors donc car ainsi aussi encore déjà jamais toujours souvent plus moins très trop peu beaucoup
assez tout tous toute toutes autre autres aucun aucune chaque quelque quelques plusieurs certains certaines rien personne
non oui si sans sous entre vers chez contre depuis pendant avant après selon afin lors puis ni etc via dès hors parmi
être avoir faire fait faite faits faites font fais faisait ferait feront aller va vont vais allait pouvoir peut peuvent pourrait
pourraient pouvons pouvez puisse doit doivent devrait devraient devons devez falloir faut faudrait vouloir veut veulent voudrait
voudrions veux voulons voulez sais savoir serait dire dit dis aujourd hui bien mieux vraiment également notamment surtout
moi toi lui nous vous leur mes tes ses nos vos
celui-ci celle-ci chose choses cas fois part façon`;

export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(`${SNOWBALL} ${FUNCTION_WORDS}`.split(/\s+/).filter(Boolean));
