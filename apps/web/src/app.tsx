import { useRef } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { Layout } from './components/Layout';
import type { Lang } from './i18n';
import { I18nProvider } from './i18n/context';
import { Home } from './routes/Home';
import { NotFound } from './routes/NotFound';

export function App(props: { initialLang?: Lang }) {
  const mainRef = useRef<HTMLElement>(null);

  // After a navigation inside the site (never on first load), move focus to the new
  // page content, so that keyboard and screen reader users start reading at its top.
  const onRouteChange = () => mainRef.current?.focus();

  return (
    <I18nProvider initialLang={props.initialLang}>
      <LocationProvider>
        <Layout mainRef={mainRef}>
          <Router onRouteChange={onRouteChange}>
            <Route path="/" component={Home} />
            <Route default component={NotFound} />
          </Router>
        </Layout>
      </LocationProvider>
    </I18nProvider>
  );
}
