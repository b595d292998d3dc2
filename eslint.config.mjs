// ESLint flat config for the whole repository: `npm run lint` (= `eslint .`).
//
// Two jobs:
//   1. TypeScript rules (typescript-eslint `recommendedTypeChecked` for the API, libs, tests and
//      migrations; the plain `recommended` set for the web front-end and plain JS files).
//   2. Import boundaries (eslint-plugin-boundaries): who may import whom. The API's feature
//      dependency list below follows architecture.md ("Boundaries"): change both together.
//
// To see how a file is classified: ESLINT_PLUGIN_BOUNDARIES_DEBUG=1 npx eslint path/to/file.ts
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('.', import.meta.url));

// ---- API feature dependencies: one way, anything not listed is refused -------------------------
// Key: a folder of apps/api/src. Value: the other feature folders it may import from.
// Every feature may also import `libs/*/src` (shared) and apps/api/src/{common,config,database}.
// Across features, a feature's repository, controller and specs are never importable: use the
// exported module/service (entities and DTOs may be imported, e.g. for relations).
const DOMAIN_FEATURES = [
  'themes',
  'auth',
  'users',
  'territories',
  'debates',
  'proposals',
  'comments',
  'votes',
  'moderation',
  'summaries',
];
const API_FEATURE_DEPENDENCIES = {
  auth: ['users'],
  // Role assignments live with users and are scoped by territory.
  users: ['territories'],
  territories: [],
  themes: [],
  // Content modules read authors' public profiles (display names) through UsersService.
  debates: ['territories', 'themes', 'users'],
  proposals: ['debates', 'territories', 'themes', 'users'],
  comments: ['proposals', 'debates', 'users'],
  votes: ['proposals', 'debates', 'users'],
  moderation: ['proposals', 'comments', 'debates', 'users', 'territories'],
  // summaries reads, never writes: no services; only entities, through its own read-only
  // repository (see the dedicated policy below).
  summaries: [],
  health: [],
  web: [],
  // Demo/initial data: creates content through the domain services.
  seed: DOMAIN_FEATURES,
  // Command-line entry points (export-openapi, seed…): a composition root like main.ts.
  cli: [...DOMAIN_FEATURES, 'health', 'web', 'seed'],
};

const feature = (names) => ({ type: 'api-feature', captured: { feature: names } });
const notFromOutside = ['**/*.repository.ts', '**/*.controller.ts', '**/*.spec.ts'];

const boundaryPolicies = [
  // libs: framework-free, import nothing from the apps.
  { from: { element: { type: 'shared' } }, allow: { to: { element: { type: 'shared' } } } },

  // API cross-cutting code: shared only (and itself).
  {
    from: { element: { type: 'api-common' } },
    allow: { to: { element: { types: ['shared', 'api-common'] } } },
  },

  // Every API feature: shared + cross-cutting.
  {
    from: { element: { type: 'api-feature' } },
    allow: { to: { element: { types: ['shared', 'api-common'] } } },
  },

  // The one-way feature graph.
  ...Object.entries(API_FEATURE_DEPENDENCIES)
    .filter(([, deps]) => deps.length > 0)
    .map(([name, deps]) => ({
      from: { element: feature(name) },
      allow: { to: { element: feature(deps) } },
    })),

  // summaries: read-only access to other features' tables through their entity classes.
  {
    from: { element: feature('summaries') },
    allow: { to: { element: { ...feature(DOMAIN_FEATURES), fileInternalPath: '**/*.entity.ts' } } },
  },

  // cli may also import the composition root (app module, app factory).
  { from: { element: feature('cli') }, allow: { to: { element: { type: 'api-root' } } } },

  // Across features, never a repository, a controller or a spec (last matching policy wins).
  {
    from: { element: { type: 'api-feature' } },
    disallow: { to: { element: { type: 'api-feature', fileInternalPath: notFromOutside } } },
    message:
      'Another feature\'s repository, controller or spec is private: import its exported module or service.',
  },

  // main.ts, app.module.ts, bootstrap/: the composition root.
  {
    from: { element: { type: 'api-root' } },
    allow: { to: { element: { types: ['shared', 'api-common', 'api-feature', 'api-root'] } } },
  },

  // Migrations are frozen history: at most the shared constants.
  { from: { element: { type: 'migrations' } }, allow: { to: { element: { type: 'shared' } } } },

  // End-to-end tests and tool scripts may reach anything on the API side.
  {
    from: { element: { types: ['test', 'scripts'] } },
    allow: {
      to: {
        element: {
          types: ['shared', 'api-common', 'api-feature', 'api-root', 'migrations', 'test', 'scripts'],
        },
      },
    },
  },
  // Unit specs beside the code may use the test helpers (factories…).
  { from: { file: { categories: 'spec' } }, allow: { to: { element: { type: 'test' } } } },

  // Web front-end (bulletproof-react): shared → features → app, never feature ↔ feature,
  // and nothing from the API but libs/shared.
  {
    from: { element: { type: 'web-shared' } },
    allow: { to: { element: { types: ['shared', 'web-shared'] } } },
  },
  {
    from: { element: { type: 'web-feature' } },
    allow: { to: { element: { types: ['shared', 'web-shared'] } } },
  },
  {
    from: { element: { type: 'web-app' } },
    allow: { to: { element: { types: ['shared', 'web-shared', 'web-feature', 'web-app'] } } },
  },
];

const boundariesConfig = {
  name: 'participons/boundaries',
  files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
  plugins: { boundaries },
  settings: {
    'boundaries/root-path': root,
    'boundaries/legacy-warnings': false,
    'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
    // Order matters: the first matching descriptor gives the element type.
    'boundaries/elements': [
      { type: 'shared', pattern: 'libs/*/src', capture: ['lib'], partialMatch: false },
      {
        type: 'api-common',
        pattern: 'apps/api/src/(common|config|database)',
        capture: ['folder'],
        partialMatch: false,
      },
      // The composition root: main.ts, app.module.ts and bootstrap/ (app factory, OpenAPI, web).
      { type: 'api-root', pattern: 'apps/api/src/bootstrap', partialMatch: false },
      { type: 'api-feature', pattern: 'apps/api/src/*', capture: ['feature'], partialMatch: false },
      { type: 'api-root', pattern: 'apps/api/src', partialMatch: false },
      { type: 'web-feature', pattern: 'apps/web/src/features/*', capture: ['feature'], partialMatch: false },
      { type: 'web-app', pattern: 'apps/web/src/(app|routes)', capture: ['folder'], partialMatch: false },
      { type: 'web-shared', pattern: 'apps/web/src/*', capture: ['folder'], partialMatch: false },
      // main.tsx, app.tsx and other files at the top of apps/web/src.
      { type: 'web-app', pattern: 'apps/web/src', partialMatch: false },
      { type: 'migrations', pattern: 'migrations', partialMatch: false },
      { type: 'test', pattern: 'test', partialMatch: false },
      { type: 'scripts', pattern: 'scripts', partialMatch: false },
    ],
    'boundaries/files': [{ category: 'spec', pattern: '**/*.{spec,test}.{ts,tsx}' }],
    'import/resolver': {
      typescript: {
        project: ['tsconfig.json', 'apps/web/tsconfig.json'],
        alwaysTryTypes: true,
        noWarnOnMultipleProjects: true,
      },
    },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: boundaryPolicies,
      },
    ],
  },
};

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'apps/web/dist/',
    'data/',
    'coverage/',
    'test-results/',
    'bench/results/',
  ]),

  js.configs.recommended,

  // TypeScript everywhere, type-aware where the root tsconfig reaches (API, libs, tests,
  // migrations, scripts/*.ts).
  {
    name: 'participons/typescript',
    files: ['**/*.{ts,tsx,mts,cts}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.ts', '*.mts', '*.cts'] },
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // Web front-end: its own tsconfig (bundler resolution, DOM); the plain recommended set keeps
  // the lint fast, tsc checks the types.
  {
    name: 'participons/web',
    files: ['apps/web/**/*.{ts,tsx}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      parserOptions: { projectService: false },
    },
  },

  // The API: architecture rules that a plain import graph cannot show.
  {
    name: 'participons/api',
    files: ['apps/api/src/**/*.ts', 'migrations/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/common',
              importNames: ['forwardRef'],
              message: 'No forwardRef: a module cycle means the boundary is wrong.',
            },
          ],
          patterns: [
            {
              group: ['**/apps/web/**'],
              message: 'The API never imports the web front-end; share code through libs/.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='synchronize'][value.value=true]",
          message: 'Never synchronize: the schema changes through migrations only.',
        },
      ],
    },
  },

  // Tests: supertest bodies are `any`, jest matchers take unbound methods.
  {
    name: 'participons/tests',
    files: ['test/**/*.{ts,tsx}', '**/*.spec.{ts,tsx}', '**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },

  // Plain JavaScript (scripts/*.mjs, config files): Node globals, no type information.
  {
    name: 'participons/javascript',
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { ...globals.node },
    },
  },

  boundariesConfig,
);
