import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { loadThemes, loadTerritories } from '../api/reference';
import type { Debate, Territory, Theme } from '../api/types';
import { AdminNav } from '../components/AdminNav';
import { LoadError, Loading } from '../components/Feedback';
import { StaffGate } from '../components/StaffGate';
import { StatusMessage } from '../components/Status';
import { usePageTitle } from '../components/usePageTitle';
import { useAsync } from '../components/useAsync';
import { getDebate } from '../features/debates/api/debates';
import { DebateForm } from '../features/debates/components/DebateForm';
import { DebateLifecycle } from '../features/debates/components/DebateLifecycle';
import '../i18n/admin';
import { useI18n } from '../i18n/context';
import { hasRole, useSession } from '../session/session';

interface Loaded {
  debate: Debate | null;
  territories: Territory[];
  themes: Theme[];
}

/** Create a debate (/admin/debats/nouveau) or change one (/admin/debats/:id) and move it through its life. */
export default function AdminDebate() {
  const { t } = useI18n();
  const { params, query } = useRoute();
  const { route } = useLocation();
  const { me } = useSession();
  const id = params.id ?? null;
  const allowed = hasRole(me, 'admin', 'official', 'facilitator');
  const [status, setStatus] = useState<string | null>(null);
  // From "Créer un débat" to the new debate the page stays mounted: say it is created once the address changes.
  const created = query.cree === '1';
  useEffect(() => setStatus(created ? t('adm.debate.created') : null), [id, created]);
  const loaded = useAsync<Loaded>(
    async (signal) => {
      if (!allowed) return { debate: null, territories: [], themes: [] };
      const [debate, territories, themes] = await Promise.all([id ? getDebate(id, signal) : Promise.resolve(null), loadTerritories(), loadThemes()]);
      return { debate, territories, themes };
    },
    [id, allowed],
  );
  const debate = loaded.data?.debate ?? null;
  usePageTitle(id ? 'adm.debate.editTitle' : 'adm.debate.newTitle', debate ? t('adm.debate.editHeading', { title: debate.title }) : null);

  return (
    <>
      <h1>{debate ? t('adm.debate.editHeading', { title: debate.title }) : t(id ? 'adm.debate.editTitle' : 'adm.debate.newTitle')}</h1>
      <StaffGate roles={['admin', 'official', 'facilitator']} signInText={t('adm.signIn')} forbiddenText={t('adm.debates.forbidden')}>
        <AdminNav />
        <StatusMessage tone="success">{status}</StatusMessage>
        {loaded.status === 'loading' && !loaded.data ? <Loading /> : null}
        {loaded.status === 'error' ? <LoadError error={loaded.error} onRetry={loaded.reload} /> : null}
        {loaded.data && debate ? (
          <>
            <p>
              <a href={`/debats/${debate.id}`}>{t('adm.debate.see')}</a>
            </p>
            {debate.canManage ? (
              <DebateLifecycle
                debate={debate}
                onChange={(updated, message) => {
                  loaded.set({ ...loaded.data!, debate: updated });
                  setStatus(message);
                }}
              />
            ) : null}
            {debate.canManage && debate.status !== 'archived' ? (
              <DebateForm
                key={debate.id}
                debate={debate}
                territories={loaded.data.territories}
                themes={loaded.data.themes}
                onSaved={(updated) => {
                  loaded.set({ ...loaded.data!, debate: updated });
                  setStatus(t('adm.debate.saved'));
                  window.scrollTo(0, 0);
                }}
              />
            ) : (
              <p class="notice">{t('adm.debate.readOnly')}</p>
            )}
            {debate.descriptionHtml ? (
              <section class="panel" aria-labelledby="description-preview">
                <h2 id="description-preview">{t('adm.debate.preview')}</h2>
                {/* Rendered by the API from Markdown: raw HTML disabled, safe links only. */}
                <div class="prose" dangerouslySetInnerHTML={{ __html: debate.descriptionHtml }} />
              </section>
            ) : null}
          </>
        ) : null}
        {loaded.data && !id ? (
          <DebateForm debate={null} territories={loaded.data.territories} themes={loaded.data.themes} onSaved={(created) => route(`/admin/debats/${created.id}?cree=1`)} />
        ) : null}
      </StaffGate>
    </>
  );
}
