// Fails when server/schema.graphql or the generated types and hooks (web/src/graphql/generated.ts and
// each web/src/**/*.generated.ts next to its .graphql file) differ from what the code produces now,
// when a generated file is left over, or when a .graphql file has no hooks module (no codegen.yml entry).
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, readFileSync } from 'node:fs';

const generatedFiles = () => ['server/schema.graphql', 'web/src/graphql/generated.ts', ...globSync('web/src/**/*.generated.ts')];
const read = (f) => (existsSync(f) ? readFileSync(f, 'utf8') : null);
const before = new Map(generatedFiles().map((f) => [f, read(f)]));
execFileSync('pnpm', ['codegen'], { stdio: 'inherit' });
for (const f of generatedFiles()) if (!before.has(f)) before.set(f, null);
const stale = [...before].filter(([f, content]) => read(f) !== content).map(([f]) => f);
// A hooks module is generated for every .graphql file that holds an operation (a file of only a fragment
// is listed with the files that spread it).
const missing = globSync('web/src/**/*.graphql')
  .filter((f) => /^\s*(query|mutation|subscription)\b/m.test(readFileSync(f, 'utf8')))
  .map((f) => f.replace(/\.graphql$/, '.generated.ts'))
  .filter((f) => !existsSync(f));
// A hooks module whose .graphql file is gone (codegen only writes files, never deletes them).
const orphans = globSync('web/src/**/*.generated.ts').filter((f) => !existsSync(f.replace(/\.generated\.ts$/, '.graphql')));
if (stale.length > 0) {
  console.error(`\nGenerated files were stale and have been regenerated: ${stale.join(', ')}.`);
  console.error('Commit them with the change that caused them.');
}
if (missing.length > 0) console.error(`\nNo generated hooks for: ${missing.join(', ')}: add an entry to codegen.yml.`);
if (orphans.length > 0) console.error(`\nGenerated files without their .graphql file: ${orphans.join(', ')}: remove them and their codegen.yml entry.`);
if (stale.length + missing.length + orphans.length > 0) process.exit(1);
console.log('codegen: server/schema.graphql and the generated types and hooks are up to date');
