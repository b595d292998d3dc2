import { useEffect, useState } from 'preact/hooks';
import { loadThemes, loadTerritories, territoryName } from '../../../api/reference';
import type { Debate, Territory, Theme } from '../../../api/types';
import { Explain } from '../../../components/Explain';
import { ReadAloud } from '../../../components/ReadAloud';
import { useI18n } from '../../../i18n/context';
import { DebateDates, DebateStatusBadge } from './DebateStatus';

/** The top of a debate page: its title (the h1), the question, its status and dates, its description. */
export function DebateHeader(props: { debate: Debate }) {
  const { t } = useI18n();
  const { debate } = props;
  const [territories, setTerritories] = useState<Territory[] | null>(null);
  const [themes, setThemes] = useState<Theme[] | null>(null);

  useEffect(() => {
    loadTerritories().then(setTerritories, () => undefined);
    if (debate.themeIds.length) loadThemes().then(setThemes, () => undefined);
  }, [debate.themeIds.length]);

  const place = territoryName(territories, debate.territoryId);
  const themeNames = (themes ?? []).filter((theme) => debate.themeIds.includes(theme.id)).map((theme) => theme.name);

  return (
    <header class="page-header">
      <p class="page-header__kicker">{t('debate.kicker')}</p>
      <h1>{debate.title}</h1>
      <div class="question">
        <p class="question__label">{t('debate.question')}</p>
        <p class="question__text">{debate.question}</p>
        <ReadAloud text={`${debate.title}. ${debate.question}`} label={t('readAloud.question')} />
      </div>
      <p>
        <DebateStatusBadge status={debate.status} /> <DebateDates debate={debate} />
      </p>
      {place ? <p>{t('debate.territory', { name: place })}</p> : null}
      {themeNames.length ? <p>{t('debate.themes', { names: themeNames.join(', ') })}</p> : null}
      <Explain topic={t('debate.explain.topic')}>
        <p>{t('debate.explain.1')}</p>
        <p>{t('debate.explain.2')}</p>
        <p>{t('debate.explain.3')}</p>
      </Explain>
      {debate.descriptionHtml ? (
        // descriptionHtml is rendered by the API from Markdown with raw HTML disabled and safe links only.
        <div class="prose" dangerouslySetInnerHTML={{ __html: debate.descriptionHtml }} />
      ) : null}
    </header>
  );
}
