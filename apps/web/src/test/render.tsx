/**
 * Test helpers for component specs (jsdom): renders inside the app's providers, in French,
 * with a chosen session, and replaces fetch with a small router of canned answers.
 */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { LocationProvider } from 'preact-iso';
import type { Me } from '../api/types';
import { I18nProvider } from '../i18n/context';
import { SessionProvider, type SessionState } from '../session/session';

export const ME: Me = { id: '11111111-1111-4111-8111-111111111111', email: 'awa@exemple.fr', displayName: 'Awa', roles: [], createdAt: '2026-01-01T00:00:00.000Z' };

export function signedIn(me: Me = ME): SessionState {
  return { status: 'signedIn', me, kind: 'session' };
}
export const signedOut: SessionState = { status: 'signedOut', me: null, kind: null };

export function renderWithApp(ui: ComponentChildren, session: SessionState = signedOut) {
  return render(
    <I18nProvider initialLang="fr">
      <SessionProvider initial={session}>
        <LocationProvider>{ui}</LocationProvider>
      </SessionProvider>
    </I18nProvider>,
  );
}

export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: Call) => { status?: number; body?: unknown } | Promise<{ status?: number; body?: unknown }>;

/** Replaces global fetch; each call is recorded and answered by the first matching handler. */
export function mockFetch(routes: Array<[method: string, pattern: RegExp, handler: Handler]>) {
  const calls: Call[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const route = routes.find(([method, pattern]) => method === call.method && pattern.test(call.url));
    if (!route) throw new TypeError('Failed to fetch');
    const answer = await route[2](call);
    const status = answer.status ?? 200;
    return fakeResponse(status, answer.body);
  }) as typeof fetch;
  return { calls, restore: () => (globalThis.fetch = original) };
}

/** The part of Response the client uses (jsdom has no fetch API). */
function fakeResponse(status: number, body: unknown): Response {
  const text = body === undefined || status === 204 ? '' : JSON.stringify(body);
  const response = {
    ok: status >= 200 && status < 300,
    status,
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text) as unknown),
    clone: () => fakeResponse(status, body),
  };
  return response as unknown as Response;
}
