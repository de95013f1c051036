// The lint step of `./keyward test` (`pnpm lint`): import cycles, the layer boundaries of the server and
// the SPA, named exports only, no barrels, and the TypeScript rules of the house style. Not type-aware
// (tsc already checks types in `pnpm typecheck`), which keeps it fast on a 2-core machine.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));

/** The entries of a folder (names only), split into folders and files. */
function entries(folder) {
  const all = readdirSync(join(root, folder), { withFileTypes: true });
  return {
    folders: all.filter((entry) => entry.isDirectory()).map((entry) => entry.name),
    files: all.filter((entry) => entry.isFile()).map((entry) => entry.name),
  };
}

// SPA (web/src): app → features → components → graphql; a feature never imports another feature.
const features = entries('web/src/features').folders;
const spaZones = [
  {
    target: 'web/src/components',
    from: ['web/src/features', 'web/src/app'],
    message: 'components are below features and app: move the shared piece into components.',
  },
  {
    target: 'web/src/features',
    from: 'web/src/app',
    message: 'features are below app.',
  },
  ...features.map((feature) => ({
    target: `web/src/features/${feature}`,
    from: 'web/src/features',
    except: [`./${feature}`],
    message: 'a feature does not import another feature: move what both need into components.',
  })),
];

// Server (server/src): http → graphql → modules → core; nothing imports http/ but server.ts and main.ts.
const serverTop = entries('server/src');
const httpImporters = new Set(['http', 'server.ts', 'main.ts']);
const serverZones = [
  {
    target: 'server/src/core',
    from: 'server/src',
    except: ['./core'],
    message: 'core/ is the ground floor: it imports nothing else in server/src.',
  },
  {
    target: 'server/src/modules',
    from: ['server/src/graphql', 'server/src/http'],
    message: 'modules are below graphql/ and http/: take what is needed from core/ or the context.',
  },
  {
    target: 'server/src/graphql',
    from: 'server/src/http',
    message: 'graphql/ is below http/: carry request state on the GraphQL context.',
  },
  {
    target: [...serverTop.folders, ...serverTop.files]
      .filter((name) => !httpImporters.has(name))
      .map((name) => `server/src/${name}`),
    from: 'server/src/http',
    message: 'only server.ts and main.ts import http/.',
  },
];

// @keyward/shared is below both apps.
const sharedZones = [
  {
    target: 'shared/src',
    from: ['server', 'web', 'e2e'],
    message: '@keyward/shared imports nothing from server, web or e2e.',
  },
];

export default defineConfig(
  {
    ignores: ['**/node_modules/', '**/dist/', '**/coverage/', 'e2e/artifacts/', '**/.keyward/', 'web/src/graphql/generated.ts'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // Follow imports into TypeScript files (the cycle rule parses every file it reaches).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['shared/tsconfig.json', 'server/tsconfig.json', 'web/tsconfig.json', 'e2e/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity, ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...spaZones, ...serverZones, ...sharedZones] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportAllDeclaration',
          message: 'No barrels: import from the file that defines the name.',
        },
        {
          selector: 'ExportNamedDeclaration[source]',
          message: 'No re-exports: import from the file that defines the name.',
        },
      ],
      // A `let` read by a closure before its one assignment (a handler set after the server starts).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // Node-run scripts at the root.
    files: ['scripts/**/*.mjs', 'eslint.config.js'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    // Tool configuration files are loaded through their default export.
    files: ['eslint.config.js', '**/vite.config.ts', '**/vitest.config.ts', '**/codegen.ts'],
    rules: { 'import-x/no-default-export': 'off' },
  },
);
