// Prints one SHA-256 over the named files and directories (paths and contents, in a stable order),
// skipping what builds and installs write. ./keyward compares it with stamps to skip work.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SKIPPED = new Set(['node_modules', 'dist', 'coverage', '.keyward', 'test']);

function* files(path) {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (!SKIPPED.has(entry)) yield* files(join(path, entry));
  }
}

const hash = createHash('sha256');
for (const root of process.argv.slice(2)) {
  for (const file of files(root)) hash.update(`${file}\0`).update(readFileSync(file)).update('\0');
}
console.log(hash.digest('hex'));
