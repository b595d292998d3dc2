import { mockFetch } from '../test/render';
import { ApiError, api, buildUrl, errorMessage, setSessionLostHandler } from './client';

const expired = { status: 401, body: { statusCode: 401, code: 'SESSION_EXPIRED', message: 'Votre session est terminée.' } };

describe('api client', () => {
  let mock: ReturnType<typeof mockFetch> | null = null;
  afterEach(() => {
    mock?.restore();
    setSessionLostHandler(null);
  });

  it('sends X-CSRF-Protection on every state-changing request, never on reads, and the language', async () => {
    mock = mockFetch([
      ['GET', /\/api\/debates/, () => ({ body: { items: [], nextCursor: null } })],
      ['PUT', /\/vote$/, () => ({ body: { ok: true } })],
      ['DELETE', /\/vote$/, () => ({ status: 204 })],
    ]);
    await api.get('/api/debates', { status: 'open', q: '', cursor: undefined });
    await api.put('/api/proposals/p1/vote', { value: 'for' });
    await expect(api.delete('/api/proposals/p1/vote')).resolves.toBeUndefined();
    expect(mock.calls.map((c) => [c.method, c.url, c.headers['X-CSRF-Protection'] ?? null, c.headers['Accept-Language']])).toEqual([
      ['GET', '/api/debates?status=open', null, 'fr'],
      ['PUT', '/api/proposals/p1/vote', '1', 'fr'],
      ['DELETE', '/api/proposals/p1/vote', '1', 'fr'],
    ]);
    expect(mock.calls[1]!.body).toEqual({ value: 'for' });
  });

  it('throws the API error with its own message, code and details', async () => {
    mock = mockFetch([
      ['POST', /register/, () => ({ status: 400, body: { statusCode: 400, code: 'VALIDATION_FAILED', message: 'Vérifiez les champs.', details: [{ field: 'email', code: 'EMAIL_INVALID', message: 'Adresse incorrecte.' }] } })],
    ]);
    const error = (await api.post('/api/auth/register', {}).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.message, error.details[0]!.field]).toEqual([400, 'VALIDATION_FAILED', 'Vérifiez les champs.', 'email']);
    expect(errorMessage(error)).toBe('Vérifiez les champs.');
  });

  it('refreshes an expired session once, then repeats the request', async () => {
    let first = true;
    mock = mockFetch([
      ['GET', /\/api\/me/, () => (first ? ((first = false), expired) : { body: { id: 'me' } })],
      ['POST', /\/api\/auth\/refresh/, () => ({ body: {} })],
    ]);
    await expect(api.get('/api/me')).resolves.toEqual({ id: 'me' });
    expect(mock.calls.map((c) => `${c.method} ${c.url}`)).toEqual(['GET /api/me', 'POST /api/auth/refresh', 'GET /api/me']);
    expect(mock.calls[1]!.headers['X-CSRF-Protection']).toBe('1');
  });

  it('shares one refresh between concurrent requests', async () => {
    const seen = new Set<string>();
    mock = mockFetch([
      ['GET', /\/api\/(a|b)/, (call) => (seen.has(call.url) ? { body: call.url } : (seen.add(call.url), expired))],
      ['POST', /refresh/, async () => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return { body: {} };
      }],
    ]);
    await expect(Promise.all([api.get('/api/a'), api.get('/api/b')])).resolves.toEqual(['/api/a', '/api/b']);
    expect(mock.calls.filter((c) => c.url.includes('refresh'))).toHaveLength(1);
  });

  it('tells the session when the refresh fails, and throws the original error', async () => {
    const lost = jest.fn();
    setSessionLostHandler(lost);
    mock = mockFetch([
      ['GET', /\/api\/me/, () => expired],
      ['POST', /refresh/, () => ({ status: 401, body: { statusCode: 401, code: 'REFRESH_TOKEN_INVALID', message: 'Fini.' } })],
    ]);
    await expect(api.get('/api/me')).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(lost).toHaveBeenCalledTimes(1);
    expect(mock.calls.filter((c) => c.url === '/api/me')).toHaveLength(1);
  });

  it('never refreshes for the auth routes themselves', async () => {
    mock = mockFetch([['POST', /login/, () => ({ status: 401, body: { statusCode: 401, code: 'SESSION_EXPIRED', message: 'x' } })]]);
    await expect(api.post('/api/auth/login', {})).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(mock.calls).toHaveLength(1);
  });

  it('turns a dropped connection into a plain French message', async () => {
    mock = mockFetch([]);
    const error = (await api.get('/api/debates').catch((e: unknown) => e)) as ApiError;
    expect(error.isNetwork).toBe(true);
    expect(error.message).toBe('La connexion ne marche pas. Vérifiez votre réseau, puis réessayez.');
  });

  it('builds query strings without empty values', () => {
    expect(buildUrl('/x', { a: 'b c', d: '', e: undefined, f: null, g: 2 })).toBe('/x?a=b+c&g=2');
    expect(buildUrl('/x', {})).toBe('/x');
  });
});
