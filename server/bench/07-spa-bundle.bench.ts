/**
 * What each SPA route makes the browser download: builds the SPA (`vite build`, which writes
 * `web/dist/.vite/manifest.json`) and, per route, sums the gzip size of the entry, the route's own
 * lazy chunks (the signed-in layout, the Administration sidebar on its pages, and the page) and every
 * chunk they import statically, JS and CSS apart, and, in its own column, what the page then imports
 * on demand (the dashboard's chart). The goal (issue 15): the sign-in page and the first admin pages
 * at most 250 kB gzip of JS+CSS.
 *
 * BENCH_SPA_DIST=<dir> measures an existing build instead (its `.vite/manifest.json`), without building.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { markdownTable, reportSection } from './support/report';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const GOAL_KB = 250;
const WEB = resolve(dirname(fileURLToPath(import.meta.url)), '../../web');
const LAYOUT = 'src/app/app-layout.tsx';
/** The Administration area's sidebar: its route's lazy `handle` (routes.tsx), loaded with each of its pages. */
const ADMIN = [LAYOUT, 'src/app/admin-sidebar.tsx'];

/** Each route and the lazy modules (src/app/routes.tsx) it renders; `goal` marks those issue 15 bounds. */
const ROUTES: { path: string; modules: string[]; goal?: true }[] = [
  { path: '/login', modules: ['src/features/auth/login-page.tsx'], goal: true },
  { path: '/setup', modules: ['src/features/auth/setup-page.tsx'] },
  { path: '/invite/:token', modules: ['src/features/auth/accept-invitation-page.tsx'] },
  { path: '/ (dashboard)', modules: [LAYOUT, 'src/features/dashboard/dashboard-page.tsx'], goal: true },
  { path: '/connections', modules: [LAYOUT, 'src/features/connections/connections-page.tsx'] },
  { path: '/connections/node-preview', modules: [LAYOUT, 'src/features/connections/node-preview-page.tsx'] },
  { path: '/admin/security/users', modules: [...ADMIN, 'src/features/users/users-page.tsx'], goal: true },
  { path: '/admin/security/roles', modules: [...ADMIN, 'src/features/roles/roles-page.tsx'] },
  { path: '/admin/security/api-keys', modules: [...ADMIN, 'src/features/api-keys/api-keys-page.tsx'] },
  { path: '/admin/security/secrets', modules: [...ADMIN, 'src/features/secrets/secrets-page.tsx'] },
  { path: '/admin/integrations', modules: [...ADMIN, 'src/features/integrations/integrations-page.tsx'] },
  { path: '/admin/audit', modules: [...ADMIN, 'src/features/audit/audit-page.tsx'] },
  { path: '/admin/settings', modules: [...ADMIN, 'src/features/settings/settings-page.tsx'] },
  { path: '/admin/organizations', modules: [...ADMIN, 'src/features/organizations/organizations-page.tsx'] },
];

const ROUTE_MODULES = new Set(ROUTES.flatMap((route) => route.modules));

function build(): string {
  const run = spawnSync('pnpm', ['exec', 'vite', 'build', '--logLevel', 'warn'], { cwd: WEB, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status ?? run.signal})`);
  return join(WEB, 'dist');
}

const dist = process.env.BENCH_SPA_DIST ? resolve(process.env.BENCH_SPA_DIST) : build();
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) throw new Error(`${manifestFile} is missing: the build must set build.manifest`);
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
if (!entryKey) throw new Error('the manifest has no entry chunk');

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let size = gzipCache.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(dist, file))).length;
    gzipCache.set(file, size);
  }
  return size;
}

interface Files {
  js: Set<string>;
  css: Set<string>;
}

/** The chunks reachable by static imports from `keys`, leaving out those in `loaded`; `later` collects their dynamic imports. */
function closure(keys: string[], loaded: Files | null, later: Set<string>): Files {
  const files: Files = { js: new Set(), css: new Set() };
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not a chunk of its own in the build: is its route lazy?`);
    if (!loaded?.js.has(chunk.file)) files.js.add(chunk.file);
    for (const file of chunk.css ?? []) if (!loaded?.css.has(file)) files.css.add(file);
    for (const imported of chunk.imports ?? []) visit(imported);
    // Other routes' modules are not this route's "later"; everything else imported dynamically is
    // (the dashboard's chart, the toasts' container, the first-password page when it is needed).
    for (const imported of chunk.dynamicImports ?? []) if (!ROUTE_MODULES.has(imported)) later.add(imported);
  };
  keys.forEach(visit);
  return files;
}

/**
 * What a first visit to a route downloads (the entry, the route's lazy modules and their static
 * imports) and what its page fetches on demand afterwards (its own dynamic imports, e.g. a chart).
 */
function routeFiles(modules: string[]): { first: Files; later: Files } {
  const dynamic = new Set<string>();
  const first = closure([entryKey as string, ...modules], null, dynamic);
  const later = closure([...dynamic], first, new Set());
  return { first, later };
}

const kB = (bytes: number) => (bytes / 1000).toFixed(1);
const sum = (files: Set<string>) => [...files].reduce((total, file) => total + gzipBytes(file), 0);

const rows = ROUTES.map(({ path, modules, goal }) => {
  const { first, later } = routeFiles(modules);
  const jsBytes = sum(first.js);
  const cssBytes = sum(first.css);
  const total = jsBytes + cssBytes;
  const laterBytes = sum(later.js) + sum(later.css);
  const verdict = goal ? (total <= GOAL_KB * 1000 ? `≤ ${GOAL_KB}: yes` : `≤ ${GOAL_KB}: **no**`) : '';
  return [path, first.js.size + first.css.size, kB(jsBytes), kB(cssBytes), kB(total), verdict, laterBytes > 0 ? kB(laterBytes) : ''];
});

const allJs = Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js'));
const everything = [...new Set(allJs)].reduce((total, file) => total + gzipBytes(file), 0);

reportSection(
  'SPA bundle per route (gzip)',
  [
    `What a first visit to each route downloads: the entry plus the route's lazy chunks and their static imports (gzip, kB = 1000 bytes); "then on demand" is the most the page imports dynamically after its first render (the dashboard's chart, the toasts' container, the first-password page when an account needs it). Goal: ≤ ${GOAL_KB} kB JS+CSS for the sign-in page and the first admin pages. Build: \`${process.env.BENCH_SPA_DIST ? dist : 'vite build'}\`.`,
    '',
    markdownTable(['Route', 'Files', 'JS kB', 'CSS kB', 'Total kB', 'Goal', 'Then on demand kB'], rows),
    '',
    `All JS chunks together: ${kB(everything)} kB gzip in ${new Set(allJs).size} files.`,
  ].join('\n'),
);
