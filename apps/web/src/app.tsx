import { useEffect, useRef } from 'preact/hooks';
import { lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { Layout } from './components/Layout';
import type { Lang } from './i18n';
import { I18nProvider } from './i18n/context';
import { NotFound } from './routes/NotFound';
import { SessionProvider, useSession, type SessionState } from './session/session';

// Every page is its own chunk, loaded when visited: the first load stays small.
const Home = lazy(() => import('./routes/Home'));
const Debate = lazy(() => import('./routes/Debate'));
const WriteProposal = lazy(() => import('./routes/WriteProposal'));
const Proposal = lazy(() => import('./routes/Proposal'));
const AnswerProposal = lazy(() => import('./routes/AnswerProposal'));
const Official = lazy(() => import('./routes/Official'));
const SignIn = lazy(() => import('./routes/SignIn'));
const SignUp = lazy(() => import('./routes/SignIn').then((m) => m.SignUp));
const SignedOut = lazy(() => import('./routes/SignedOut'));
const Account = lazy(() => import('./routes/Account'));
// Staff screens: their own chunks, with their own texts (i18n/moderation, i18n/admin).
const Moderation = lazy(() => import('./routes/Moderation'));
const ModerationJournal = lazy(() => import('./routes/ModerationJournal'));
const ModerationPerson = lazy(() => import('./routes/ModerationPerson'));
const Admin = lazy(() => import('./routes/Admin'));
const AdminTerritories = lazy(() => import('./routes/AdminTerritories'));
const AdminThemes = lazy(() => import('./routes/AdminThemes'));
const AdminDebates = lazy(() => import('./routes/AdminDebates'));
const AdminDebate = lazy(() => import('./routes/AdminDebate'));
const AdminRoles = lazy(() => import('./routes/AdminRoles'));
// Briefs: the officials' dashboard ("Dashboard…" chunks, allowed 60 kB) and the public results.
const Dashboard = lazy(() => import('./routes/Dashboard'));
const DashboardTerritory = lazy(() => import('./routes/DashboardTerritory'));
const Results = lazy(() => import('./routes/Results'));

/** When the session ends by itself (idle, expired), go to the page that says so. */
function SessionWatcher() {
  const { state } = useSession();
  const { route } = useLocation();
  const previous = useRef(state.status);
  useEffect(() => {
    if (previous.current === 'signedIn' && state.status === 'signedOut' && state.reason && state.reason !== 'logout') {
      route('/deconnexion');
    }
    previous.current = state.status;
  }, [state, route]);
  return null;
}

function Routes(props: { onRouteChange: () => void }) {
  const { me } = useSession();
  // A new person (sign-in, sign-out) gets fresh pages: nothing of the previous one stays in memory.
  return (
    <Router onRouteChange={props.onRouteChange} key={me?.id ?? 'anonymous'}>
      <Route path="/" component={Home} />
      <Route path="/debats/:id" component={Debate} />
      <Route path="/debats/:id/proposer" component={WriteProposal} />
      <Route path="/debats/:id/resultats" component={Results} />
      <Route path="/elus/debats/:id/bilan" component={Dashboard} />
      <Route path="/elus/territoires/:id/bilan" component={DashboardTerritory} />
      <Route path="/propositions/:id" component={Proposal} />
      <Route path="/propositions/:id/repondre" component={AnswerProposal} />
      <Route path="/repondre" component={Official} />
      <Route path="/connexion" component={SignIn} />
      <Route path="/inscription" component={SignUp} />
      <Route path="/deconnexion" component={SignedOut} />
      <Route path="/mon-compte" component={Account} />
      <Route path="/moderation" component={Moderation} />
      <Route path="/moderation/journal" component={ModerationJournal} />
      <Route path="/moderation/personne" component={ModerationPerson} />
      <Route path="/admin" component={Admin} />
      <Route path="/admin/territoires" component={AdminTerritories} />
      <Route path="/admin/themes" component={AdminThemes} />
      <Route path="/admin/debats" component={AdminDebates} />
      <Route path="/admin/debats/nouveau" component={AdminDebate} />
      <Route path="/admin/debats/:id" component={AdminDebate} />
      <Route path="/admin/roles" component={AdminRoles} />
      <Route default component={NotFound} />
    </Router>
  );
}

export function App(props: { initialLang?: Lang; initialSession?: SessionState }) {
  const mainRef = useRef<HTMLElement>(null);

  // After a navigation inside the site (never on first load), move focus to the new
  // page content, so that keyboard and screen reader users start reading at its top.
  const onRouteChange = () => mainRef.current?.focus();

  return (
    <I18nProvider initialLang={props.initialLang}>
      <SessionProvider initial={props.initialSession}>
        <LocationProvider>
          <SessionWatcher />
          <Layout mainRef={mainRef}>
            <Routes onRouteChange={onRouteChange} />
          </Layout>
        </LocationProvider>
      </SessionProvider>
    </I18nProvider>
  );
}
