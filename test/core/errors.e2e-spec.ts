import { createTestApp, TestApp } from '../support/test-app';
import { CSRF, GOOD_PASSWORD } from '../support/accounts';
import { expectError, expectExactError } from '../support/http';

/** The one error shape, request ids, security headers, CORS, and the API documentation. */
describe('HTTP errors and headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(() => t.close());

  const postRaw = (path: string, contentType: string, body: string) => t.http().post(path).set(CSRF).set('Content-Type', contentType).send(body);

  it('answers an unknown /api route with 404 ROUTE_NOT_FOUND, for any method', async () => {
    expectExactError(await t.http().get('/api/nothing-here'), 404, 'ROUTE_NOT_FOUND');
    expectExactError(await t.http().get('/api/users/not/a/route'), 404, 'ROUTE_NOT_FOUND');
    expectExactError(await t.http().post('/api/nothing-here').set(CSRF).send({}), 404, 'ROUTE_NOT_FOUND');
    expectExactError(await t.http().delete('/api/nothing-here').set(CSRF), 404, 'ROUTE_NOT_FOUND');
  });

  it('answers a malformed JSON body with 400 MALFORMED_JSON', async () => {
    expectExactError(await postRaw('/api/auth/register', 'application/json', '{"email": "amina@exemple.fr",'), 400, 'MALFORMED_JSON');
  });

  it('answers an empty JSON body with 400 MALFORMED_JSON', async () => {
    expectExactError(await postRaw('/api/auth/register', 'application/json', ''), 400, 'MALFORMED_JSON');
  });

  it('answers a body over BODY_LIMIT_BYTES with 413 PAYLOAD_TOO_LARGE', async () => {
    const body = JSON.stringify({ email: 'gros@exemple.fr', password: GOOD_PASSWORD, displayName: 'x'.repeat(3000) });
    expectExactError(await postRaw('/api/auth/register', 'application/json', body), 413, 'PAYLOAD_TOO_LARGE');
    // Just under the limit is parsed (and refused by validation instead).
    const small = JSON.stringify({ email: 'gros@exemple.fr', password: GOOD_PASSWORD, displayName: 'x'.repeat(1500) });
    expectError(await postRaw('/api/auth/register', 'application/json', small), 400, 'VALIDATION_FAILED');
  });

  it('answers a non-JSON body with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    expectExactError(await postRaw('/api/auth/register', 'text/plain', 'email=amina@exemple.fr'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expectExactError(await postRaw('/api/auth/register', 'application/xml', '<user/>'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('gives validation errors exactly { statusCode, code, message, details }', async () => {
    const res = await t.http().post('/api/auth/register').set(CSRF).send({ email: 'nope' });
    expectError(res, 400, 'VALIDATION_FAILED');
    expect(Object.keys(res.body).sort()).toEqual(['code', 'details', 'message', 'statusCode']);
    for (const detail of res.body.details) expect(Object.keys(detail).sort()).toEqual(['code', 'field', 'message']);
  });

  it('gives authentication and permission errors the same exact shape', async () => {
    expectExactError(await t.http().get('/api/me'), 401, 'AUTH_REQUIRED');
    expectExactError(await t.http().post('/api/auth/logout-all'), 403, 'CSRF_REJECTED');
    expectExactError(await t.http().post('/api/auth/login').set(CSRF).send({ email: 'x@exemple.fr', password: 'y' }), 401, 'INVALID_CREDENTIALS');
  });

  it('answers errors in English with Accept-Language: en', async () => {
    const res = await t.http().get('/api/nothing-here').set('Accept-Language', 'en');
    expect(res.body.message).toBe('This address does not exist.');
    const fr = await t.http().get('/api/nothing-here');
    expect(fr.body.message).toBe("Cette adresse n'existe pas.");
  });

  it('puts an x-request-id on every response and echoes a valid one', async () => {
    const ids = [
      (await t.http().get('/api/health')).headers['x-request-id'],
      (await t.http().get('/api/nothing-here')).headers['x-request-id'],
      (await t.http().get('/api/me')).headers['x-request-id'],
      (await postRaw('/api/auth/register', 'application/json', '{oops')).headers['x-request-id'],
    ];
    for (const id of ids) expect(id).toMatch(/^[\w.-]{1,64}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const echoed = await t.http().get('/api/health').set('X-Request-Id', 'support-ticket-1234');
    expect(echoed.headers['x-request-id']).toBe('support-ticket-1234');
    const refused = await t.http().get('/api/health').set('X-Request-Id', 'x'.repeat(65));
    expect(refused.headers['x-request-id']).toMatch(/^[\w.-]{1,64}$/);
    expect(refused.headers['x-request-id']).not.toBe('x'.repeat(65));
    const injected = await t.http().get('/api/health').set('X-Request-Id', '<script>alert(1)</script>');
    expect(injected.headers['x-request-id']).not.toContain('<');
  });

  it('sends strict security headers, on successes and on errors', async () => {
    for (const res of [await t.http().get('/api/health'), await t.http().get('/api/nothing-here')]) {
      const csp = String(res.headers['content-security-policy']);
      const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['frame-ancestors']).toEqual(["'none'"]);
      expect(directives['script-src']).toBeDefined();
      expect(directives['script-src']).not.toContain("'unsafe-inline'");
      expect(directives['script-src']).not.toContain("'unsafe-eval'");
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('keeps CORS closed: a preflight from another origin gets no access-control-allow-origin', async () => {
    const preflight = await t.http()
      .options('/api/auth/login')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,x-csrf-protection');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const simple = await t.http().get('/api/health').set('Origin', 'https://evil.example');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const doc = await t.http().get('/api/openapi.json').expect(200);
    expect(doc.headers['content-type']).toMatch(/json/);
    expect(doc.body.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/me']));
    const ui = await t.http().get('/api/docs').redirects(2).expect(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
    expect(ui.text).toMatch(/swagger/i);
    // The page's scripts are files (the CSP forbids inline scripts) and they are served.
    expect(ui.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const assets = [...ui.text.matchAll(/<(?:script|link)[^>]*(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => new URL(m[1], `${t.url}/api/docs`).pathname);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const path of assets) await t.http().get(path).expect(200);
  });
});
