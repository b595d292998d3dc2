import { usePageTitle } from '../components/usePageTitle';
import { OpenDebates } from '../features/debates/components/OpenDebates';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';

const STEPS: MessageKey[] = [
  'home.how.step.1',
  'home.how.step.2',
  'home.how.step.3',
  'home.how.step.4',
  'home.how.step.5',
];

const WORDS: Array<[MessageKey, MessageKey]> = [
  ['home.words.debate.term', 'home.words.debate.text'],
  ['home.words.proposal.term', 'home.words.proposal.text'],
  ['home.words.vote.term', 'home.words.vote.text'],
  ['home.words.official.term', 'home.words.official.text'],
];

const HELP: MessageKey[] = ['home.help.1', 'home.help.2', 'home.help.3', 'home.help.4'];

export default function Home() {
  const { t } = useI18n();
  usePageTitle('home.title');
  return (
    <>
      <h1>{t('home.heading')}</h1>
      <div class="lead">
        <p>{t('home.intro.1')}</p>
        <p>{t('home.intro.2')}</p>
        <p>{t('home.intro.3')}</p>
      </div>

      <OpenDebates />

      <section aria-labelledby="how-heading">
        <h2 id="how-heading">{t('home.how.heading')}</h2>
        <p>{t('home.how.count', { count: STEPS.length })}</p>
        <ol class="steps">
          {STEPS.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="words-heading">
        <h2 id="words-heading">{t('home.words.heading')}</h2>
        <dl class="words">
          {WORDS.map(([term, text]) => (
            <div key={term} class="words__item">
              <dt>{t(term)}</dt>
              <dd>{t(text)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="help-heading">
        <h2 id="help-heading">{t('home.help.heading')}</h2>
        <ul class="help">
          {HELP.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}
