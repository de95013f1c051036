// Lists imports of another module's *.entity.ts from server/src/modules/<area>/ (value imports
// can query its table; `import type` only names a type and is listed apart).
// Usage: node scripts/cross-module-entities.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const modules = resolve(dirname(fileURLToPath(import.meta.url)), '../server/src/modules');
const files = readdirSync(modules, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.ts') && !d.name.endsWith('.entity.ts'))
  .map((d) => join(d.parentPath, d.name));
const rows = [];
for (const file of files) {
  const area = relative(modules, file).split('/')[0];
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/import\s+(type\s+)?[^;]*?from\s+'([^']+\.entity)'/g)) {
    const target = resolve(dirname(file), m[2]);
    const targetArea = relative(modules, target).split('/')[0];
    if (targetArea === area || relative(modules, target).startsWith('..')) continue;
    rows.push({ kind: m[1] ? 'type' : 'value', from: relative(modules, file), entity: relative(modules, target) + '.ts' });
  }
}
for (const kind of ['value', 'type']) {
  const list = rows.filter((r) => r.kind === kind);
  console.log(`${kind === 'value' ? 'Value imports (queries possible)' : 'Type-only imports'}: ${list.length}`);
  for (const r of list) console.log(`  ${r.from} -> ${r.entity}`);
}
