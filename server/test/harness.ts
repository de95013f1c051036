import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createScratchDatabase, type ScratchDatabase } from '@keyward/test-support/scratch-database';
import { inject } from 'vitest';
import { loadConfig } from '../src/config/config';
import { formatKeyEntry } from '../src/crypto/keyring';
import { createLogger } from '../src/logging/logger';
import { startKeyward, type RunningKeyward } from '../src/server';

export const ADMIN_EMAIL = 'admin@keyward.test';
export const ADMIN_PASSWORD = 'Admin-Password-1';
/** What test servers may reach besides public addresses: this machine, where the suite's peers run. */
export const TEST_OUTBOUND_ALLOW = '127.0.0.0/8,::1/128';

export interface TestServer {
  keyward: RunningKeyward;
  url: string;
  databaseUrl: string;
  /** Every log line the server wrote, for checking what never appears in them. */
  logs: string[];
  close: () => Promise<void>;
}

/** A database of its own, created on the shared test PostgreSQL and dropped afterwards. */
export function createTestDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase(inject('databaseUrl'), 'keyward_test');
}

/** The real server on a free port, over a fresh database, with a bootstrap super admin unless told otherwise. */
export async function startTestServer(options: { bootstrap?: boolean; env?: Record<string, string>; databaseUrl?: string } = {}): Promise<TestServer> {
  const database = options.databaseUrl ? { url: options.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'keyward-test-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    PORT: '0',
    HOST: '127.0.0.1',
    KEYWARD_DATA_DIR: dataDir,
    KEYWARD_MASTER_KEYS: formatKeyEntry('test', randomBytes(32)),
    KEYWARD_SERVE_WEB: 'false',
    LOG_LEVEL: 'info',
    // The suite's own peers (PostgreSQL, MariaDB, smtp-server, oidc-provider, HTTP servers) are on
    // loopback, which the outbound guard refuses by default. `env: { KEYWARD_OUTBOUND_ALLOW: '' }`
    // gives a server with the default policy.
    KEYWARD_OUTBOUND_ALLOW: TEST_OUTBOUND_ALLOW,
    ...(options.bootstrap === false ? {} : { KEYWARD_BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL, KEYWARD_BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD }),
    ...options.env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const keyward = await startKeyward(config, createLogger(config.logLevel, sink));
  return {
    keyward,
    url: keyward.url,
    databaseUrl: database.url,
    logs,
    close: async () => {
      await keyward.close();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown>; path?: string[] }[] | undefined;
}

/** A browser-like client over real HTTP that keeps its session cookie. */
export class Client {
  cookie: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly headers: Record<string, string> = {},
  ) {}

  async request<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...this.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('keyward_session='));
    if (setCookie) {
      const pair = setCookie.split(';')[0] ?? '';
      this.cookie = pair === 'keyward_session=' ? undefined : pair;
    }
    const body = (await res.json()) as { data?: T | null; errors?: GraphQLResponse['errors'] };
    return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
  }

  async signIn(email: string, password: string): Promise<GraphQLResponse> {
    return this.request('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email } }', { e: email, p: password });
  }
}

export function errorCode(response: GraphQLResponse): unknown {
  return response.errors?.[0]?.extensions?.code;
}

export async function signedInAdmin(server: TestServer): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  if (res.errors) throw new Error(`admin sign-in failed: ${res.errors[0]?.message}`);
  return client;
}
