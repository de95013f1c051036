// Fails when server/schema.graphql or the generated hooks differ from what the code produces now.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const files = ['server/schema.graphql', 'web/src/graphql/generated.ts'];
const before = files.map((f) => readFileSync(f, 'utf8'));
execFileSync('pnpm', ['codegen'], { stdio: 'inherit' });
const stale = files.filter((f, i) => readFileSync(f, 'utf8') !== before[i]);
if (stale.length > 0) {
  console.error(`\nGenerated files were stale and have been regenerated: ${stale.join(', ')}.`);
  console.error('Commit them with the change that caused them.');
  process.exit(1);
}
console.log('codegen: server/schema.graphql and web/src/graphql/generated.ts are up to date');
