import { ConfigError, loadConfig } from '../config/config';
import { KeyringError } from '../crypto/keyring';
import { EmbeddedPostgresError } from '../db/embedded-postgres-access';
import { CliError, masterKeyStatus, newMasterKey, retireMasterKey, rotateMasterKey, type CliIo } from './master-keys';

const USAGE = `Usage: pnpm keyward <command>

Master keys (configuration as for \`pnpm start\`: KEYWARD_MASTER_KEYS or the key file, DATABASE_URL):
  new-master-key [--id ID]   add a new current master key (key file), or print one for KEYWARD_MASTER_KEYS
  rotate-master-key          re-wrap every data key under the current master key; ciphertexts are not touched
  master-key-status          how many data keys each master key wraps
  retire-master-key ID       drop a master key that no data key uses any more`;

/** Runs one operator command; returns the exit code. Messages never include key material except a newly generated key. */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  try {
    const config = () => loadConfig(env);
    switch (command) {
      case 'new-master-key': {
        const flag = args.indexOf('--id');
        await newMasterKey(config(), io, flag === -1 ? undefined : args[flag + 1]);
        return 0;
      }
      case 'rotate-master-key':
        return await rotateMasterKey(config(), io);
      case 'master-key-status':
        return await masterKeyStatus(config(), io);
      case 'retire-master-key':
        return await retireMasterKey(config(), io, args[0]);
      case undefined:
      case 'help':
      case '--help':
        io.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        io.err(`Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof CliError || error instanceof ConfigError || error instanceof KeyringError || error instanceof EmbeddedPostgresError) {
      io.err(`keyward ${command ?? ''}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
