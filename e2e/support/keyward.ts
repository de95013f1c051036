import { startKeywardProcess, type KeywardProcess } from '@keyward/test-support/keyward-process';

export const ADMIN = { email: 'admin@e2e.keyward.test', password: 'E2e-Admin-Password-1' };

export type RunningServer = KeywardProcess;

/**
 * Starts Keyward the way `pnpm start` does (built SPA + API on one port) on a free port.
 * `env` adds or overrides environment variables, e.g. `SMTP_URL` for a test SMTP server.
 */
export function startKeyward(options: { env?: Record<string, string> } = {}): Promise<RunningServer> {
  return startKeywardProcess({
    prefix: 'keyward-e2e',
    output: 'capture',
    env: {
      KEYWARD_BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
      KEYWARD_BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
      // The tests' own peers (SMTP, HTTP, databases) run on this machine, which the outbound guard refuses by default.
      KEYWARD_OUTBOUND_ALLOW: '127.0.0.0/8,::1/128',
      ...options.env,
    },
  });
}
