#!/usr/bin/env node
// Folder-level import graph of server/src: prints each folder's dependencies and every cycle
// (strongly connected component of more than one folder, or a folder pair importing each other).
// Usage: node server/scripts/folder-cycles.mjs [--graph] [path/to/server/src]   (exit 1 when there is a cycle)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const given = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const SRC = given === undefined ? resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src') : resolve(given);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const folderOf = (file) => relative(SRC, dirname(file)) || '.';
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

const edges = new Map();
for (const file of files(SRC)) {
  const from = folderOf(file);
  if (!edges.has(from)) edges.set(from, new Set());
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const target = resolve(dirname(file), match[1] ?? match[2]);
    const to = folderOf(`${target}.ts`);
    if (to !== from) edges.get(from).add(to);
  }
}

// Tarjan's strongly connected components.
let index = 0;
const stack = [];
const state = new Map();
const components = [];
function visit(v) {
  state.set(v, { index, low: index, onStack: true });
  index += 1;
  stack.push(v);
  for (const w of edges.get(v) ?? []) {
    if (!state.has(w)) {
      visit(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (state.get(w).onStack) state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
  }
  if (state.get(v).low === state.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) components.push(component.sort());
  }
}
for (const v of [...edges.keys()].sort()) if (!state.has(v)) visit(v);

if (process.argv.includes('--graph')) {
  for (const [from, tos] of [...edges].sort()) console.log(`${from} -> ${[...tos].sort().join(', ')}`);
}
const pairs = [];
for (const [from, tos] of edges) for (const to of tos) if (from < to && edges.get(to)?.has(from)) pairs.push(`${from} <-> ${to}`);
console.log(`folder cycles (strongly connected groups): ${components.length}`);
for (const c of components) console.log(`  { ${c.join(', ')} }`);
console.log(`mutual folder imports: ${pairs.length}`);
for (const p of pairs.sort()) console.log(`  ${p}`);
process.exitCode = components.length > 0 ? 1 : 0;
