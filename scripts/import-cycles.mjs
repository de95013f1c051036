// `pnpm lint:cycles`: the import cycles ESLint's import-x/no-cycle does not see. It counts type-only
// imports too (a type cycle is still two files that need each other) and checks folders as well as
// files: server/src's top-level folders and each modules/<area>, web/src's folders and each
// features/<area>. Exits 1 when there is any cycle, listing each one.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file !== '' && !file.endsWith('/generated.ts') && existsSync(join(root, file)));

function resolveRelative(from, specifier) {
  const base = resolve(root, dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return undefined;
}

/** file → the files it imports (relative imports, type-only ones included). */
const fileGraph = new Map(
  sources.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target) => target !== undefined);
    return [file, [...new Set(targets)]];
  }),
);

/** The folder a file counts under, or undefined for files outside the checked trees. */
function folderOf(file) {
  const parts = file.split('/');
  if (parts.length < 4 || parts[1] !== 'src') return undefined;
  if (parts[0] === 'server' && parts[2] === 'modules' && parts.length > 4) return `server/src/modules/${parts[3]}`;
  if (parts[0] === 'web' && parts[2] === 'features' && parts.length > 4) return `web/src/features/${parts[3]}`;
  if (parts[0] === 'server' || parts[0] === 'web') return parts.slice(0, 3).join('/');
  return undefined;
}

const folderGraph = new Map();
for (const [file, targets] of fileGraph) {
  const from = folderOf(file);
  if (from === undefined) continue;
  for (const target of targets) {
    const to = folderOf(target);
    if (to === undefined || to === from) continue;
    if (!folderGraph.has(from)) folderGraph.set(from, new Set());
    folderGraph.get(from).add(to);
  }
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
function cycles(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  function visit(node) {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

/** For a folder cycle, its folder-to-folder arrows, each with one file import that makes it. */
function arrowsWithin(component) {
  const members = new Set(component);
  const arrows = new Map();
  for (const [file, targets] of fileGraph) {
    const from = folderOf(file);
    if (!members.has(from)) continue;
    for (const target of targets) {
      const to = folderOf(target);
      if (to === from || !members.has(to)) continue;
      const arrow = `${from} → ${to}`;
      const seen = arrows.get(arrow);
      arrows.set(arrow, { count: (seen?.count ?? 0) + 1, example: seen?.example ?? `${file} → ${target}` });
    }
  }
  return [...arrows].sort(([a], [b]) => a.localeCompare(b)).map(([arrow, { count, example }]) => `${arrow} (${count}; e.g. ${example})`);
}

const fileCycles = cycles(fileGraph);
const folderCycles = cycles(folderGraph);
for (const component of fileCycles) console.log(`file cycle: ${component.join(' ⇄ ')}`);
for (const component of folderCycles) {
  console.log(`folder cycle: ${component.join(' ⇄ ')}`);
  for (const arrow of arrowsWithin(component)) console.log(`  ${arrow}`);
}
console.log(`${fileCycles.length} file cycles, ${folderCycles.length} folder cycles (type-only imports included)`);
process.exitCode = fileCycles.length + folderCycles.length > 0 ? 1 : 0;
