import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, TestApp } from '../support/test-app';

const ROOT = join(__dirname, '..', '..');
const COMMITTED_DOCUMENT = join(ROOT, 'apps', 'api', 'openapi.json');
const COMMITTED_WEB_TYPES = join(ROOT, 'apps', 'web', 'src', 'api', 'schema.d.ts');
const WRITE = process.env.OPENAPI_WRITE === '1';

/** Web types are generated from the document with openapi-typescript; nobody writes response shapes twice. */
function generateWebTypes(documentPath: string): string {
  const out = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'schema.d.ts');
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'), documentPath, '-o', out], { stdio: 'pipe' });
  return readFileSync(out, 'utf8');
}

/**
 * The OpenAPI document is the contract between the API and the web. It is committed; this
 * spec fails when the code drifts from it. `npm run openapi:write` refreshes both files.
 */
describe('OpenAPI contract', () => {
  let t: TestApp;
  let served: string;
  beforeAll(async () => {
    t = await createTestApp();
    const res = await t.http().get('/api/openapi.json').expect(200);
    served = `${JSON.stringify(res.body, null, 2)}\n`;
  });
  afterAll(() => t.close());

  it('matches the committed document apps/api/openapi.json', () => {
    if (WRITE) writeFileSync(COMMITTED_DOCUMENT, served);
    expect(existsSync(COMMITTED_DOCUMENT)).toBe(true);
    expect(readFileSync(COMMITTED_DOCUMENT, 'utf8')).toBe(served);
  });

  it('matches the committed web types apps/web/src/api/schema.d.ts', () => {
    const generated = generateWebTypes(COMMITTED_DOCUMENT);
    if (WRITE) writeFileSync(COMMITTED_WEB_TYPES, generated);
    expect(readFileSync(COMMITTED_WEB_TYPES, 'utf8')).toBe(generated);
  });

  it('documents every route with at least one response and the error shape', () => {
    const document = JSON.parse(served) as { paths: Record<string, Record<string, { responses?: object }>>; components: { schemas: Record<string, unknown> } };
    expect(document.components.schemas.ErrorResponse).toBeDefined();
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        expect({ route: `${method} ${path}`, responses: Object.keys(operation.responses ?? {}).length > 0 }).toEqual({ route: `${method} ${path}`, responses: true });
      }
    }
  });
});
