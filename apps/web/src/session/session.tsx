/**
 * Who is signed in, for the whole app. Cookies are httpOnly, so the app keeps a small,
 * non-personal flag (SESSION_FLAG) to know whether asking GET /api/me is worth a request:
 * anonymous visits on a poor connection make no call and log no 401.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { api, ApiError, setSessionLostHandler } from '../api/client';
import type { LoginBody, Me, RegisterBody, Role, Session } from '../api/types';
import { clearPrivateItems, readItem, removeItem, writeItem } from './storage';

export const SESSION_FLAG = 'participons.session';
export type SessionKind = 'session' | 'persistent';

export type SessionState =
  | { status: 'loading'; me: null; kind: null }
  | { status: 'signedOut'; me: null; kind: null; reason?: 'logout' | 'expired' | 'idle' }
  | { status: 'signedIn'; me: Me; kind: SessionKind };

export interface SessionValue {
  state: SessionState;
  me: Me | null;
  signIn(body: LoginBody): Promise<Me>;
  signUp(body: RegisterBody): Promise<Me>;
  signOut(reason?: 'logout' | 'idle'): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export function hasRole(me: Me | null | undefined, ...roles: Role[]): boolean {
  return !!me?.roles.some((grant) => roles.includes(grant.role));
}

const SIGNED_OUT = { status: 'signedOut', me: null, kind: null } as const satisfies SessionState;

export function SessionProvider(props: { children?: ComponentChildren; initial?: SessionState }) {
  const [state, setState] = useState<SessionState>(
    () => props.initial ?? (readItem(SESSION_FLAG) ? { status: 'loading', me: null, kind: null } : SIGNED_OUT),
  );

  const forget = useCallback((reason?: 'logout' | 'expired' | 'idle') => {
    removeItem(SESSION_FLAG);
    clearPrivateItems();
    setState({ ...SIGNED_OUT, reason });
  }, []);

  useEffect(() => {
    setSessionLostHandler(() => forget('expired'));
    return () => setSessionLostHandler(null);
  }, [forget]);

  useEffect(() => {
    if (state.status !== 'loading') return;
    const kind = readItem(SESSION_FLAG) === 'persistent' ? 'persistent' : 'session';
    api
      .get<Me>('/api/me')
      .then((me) => setState({ status: 'signedIn', me, kind }))
      .catch((error: unknown) => {
        // Offline: keep the flag and try again on the next visit.
        if (error instanceof ApiError && error.isNetwork) setState(SIGNED_OUT);
        else forget();
      });
  }, [state.status, forget]);

  const start = useCallback((session: Session) => {
    const kind: SessionKind = session.persistent ? 'persistent' : 'session';
    writeItem(SESSION_FLAG, kind);
    setState({ status: 'signedIn', me: session.user, kind });
    return session.user;
  }, []);

  const signIn = useCallback(
    async (body: LoginBody) => start(await api.post<Session>('/api/auth/login', body)),
    [start],
  );
  const signUp = useCallback(
    async (body: RegisterBody) => start(await api.post<Session>('/api/auth/register', body)),
    [start],
  );
  const signOut = useCallback(
    async (reason: 'logout' | 'idle' = 'logout') => {
      try {
        await api.post('/api/auth/logout');
      } catch {
        /* offline: the cookies go with the browser session; forget everything here anyway */
      }
      forget(reason);
    },
    [forget],
  );

  const value = useMemo<SessionValue>(
    () => ({ state, me: state.status === 'signedIn' ? state.me : null, signIn, signUp, signOut }),
    [state, signIn, signUp, signOut],
  );
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
