import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DecryptionError } from '../src/crypto/envelope';
import { formatKeyEntry, masterKeyFile } from '../src/crypto/keyring';
import { Organization } from '../src/modules/organizations/organization.entity';
import { runCli } from '../src/operations/cli';
import { keyFileIds } from '../src/operations/master-keys';
import { createTestDatabase, errorCode, signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

const CREATE = 'mutation($i: CreateSecretInput!) { createSecret(input: $i) { key } }';
const UPDATE = 'mutation($k: String!, $i: UpdateSecretInput!) { updateSecret(key: $k, input: $i) { key } }';
const RESTORE = 'mutation($k: String!, $e: String!, $v: Int!) { restoreSecretVersion(key: $k, environment: $e, version: $v) { key } }';

async function createSecret(client: Client, key: string, values: Record<string, string>): Promise<void> {
  const res = await client.request(CREATE, { i: { key, values: Object.entries(values).map(([environment, value]) => ({ environment, value })) } });
  if (res.errors) throw new Error(res.errors[0]?.message);
}

async function sql<T extends Record<string, unknown>>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

async function defaultOrgId(server: TestServer): Promise<string> {
  return (await server.keyward.orm.em.fork().findOneOrFail(Organization, { slug: 'default' })).id;
}

function resolver(server: TestServer, orgId: string) {
  return (text: string, environment: string) => server.keyward.services.secretResolver.substitute(server.keyward.orm.em.fork(), orgId, environment, text);
}

async function decryptionFailure(promise: Promise<unknown>): Promise<DecryptionError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DecryptionError)) throw new Error(`expected a DecryptionError, got ${String(error)}`);
  return error;
}

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('secrets at rest', () => {
  let server: TestServer;
  let admin: Client;
  let resolve: (text: string, environment: string) => Promise<string>;
  const plaintexts = {
    prod: `prod-${randomBytes(12).toString('hex')}`,
    dev: `dev-${randomBytes(12).toString('hex')}`,
    second: `second-${randomBytes(12).toString('hex')}`,
    other: `other-${randomBytes(12).toString('hex')}`,
  };

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signedInAdmin(server);
    resolve = resolver(server, await defaultOrgId(server));
    await createSecret(admin, 'AT_REST', { production: plaintexts.prod, development: plaintexts.dev });
    await admin.request(UPDATE, { k: 'AT_REST', i: { set: [{ environment: 'production', value: plaintexts.second }] } });
    await createSecret(admin, 'OTHER_SECRET', { production: plaintexts.other });
  });
  afterAll(async () => {
    await server.close();
  });

  it('stores no plaintext in any table, in text, hex or base64', async () => {
    const tables = await sql<{ table_name: string }>(server.databaseUrl, "select table_name from information_schema.tables where table_schema = 'public'");
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(['secret', 'secret_value', 'audit_event']));
    let scanned = 0;
    for (const { table_name } of tables) {
      const rows = await sql<{ row: string }>(server.databaseUrl, `select t::text as row from "${table_name}" t`);
      const text = rows.map((r) => r.row).join('\n');
      scanned += rows.length;
      for (const value of Object.values(plaintexts)) {
        expect(text, table_name).not.toContain(value);
        expect(text, table_name).not.toContain(Buffer.from(value).toString('hex'));
        expect(text, table_name).not.toContain(Buffer.from(value).toString('base64'));
      }
    }
    expect(scanned).toBeGreaterThan(0);
    // The rows really are there, encrypted: the same values come back through substitution.
    expect(await resolve('@@SECRET:AT_REST@@', 'production')).toBe(plaintexts.second);
  });

  it('refuses a ciphertext copied into another row, with a clear error and no plaintext', async () => {
    await createSecret(admin, 'SWAP_TARGET', { staging: 'target-value' });
    await createSecret(admin, 'SWAP_SOURCE', { staging: 'source-value' });
    await sql(
      server.databaseUrl,
      `update secret_value t set ciphertext = s.ciphertext, nonce = s.nonce, wrapped_key = s.wrapped_key, key_id = s.key_id
       from secret_value s join secret ss on ss.id = s.secret_id, secret ts
       where ts.id = t.secret_id and ts.key = 'SWAP_TARGET' and ss.key = 'SWAP_SOURCE'`,
    );
    const error = await decryptionFailure(resolve('@@SECRET:SWAP_TARGET@@', 'staging'));
    expect(error.code).toBe('CIPHERTEXT_REJECTED');
    expect(error.message).not.toMatch(/source-value|target-value/);
    expect(await resolve('@@SECRET:SWAP_SOURCE@@', 'staging')).toBe('source-value');
  });

  it('refuses a row whose associated data was altered (environment or version changed in the table)', async () => {
    await createSecret(admin, 'MOVED', { development: 'moved-value' });
    await sql(server.databaseUrl, "update secret_value set environment = 'qa' where secret_id = (select id from secret where key = 'MOVED')");
    expect((await decryptionFailure(resolve('@@SECRET:MOVED@@', 'qa'))).code).toBe('CIPHERTEXT_REJECTED');

    await createSecret(admin, 'RENUMBERED', { development: 'renumbered-value' });
    await sql(server.databaseUrl, "update secret_value set version = 7 where secret_id = (select id from secret where key = 'RENUMBERED')");
    expect((await decryptionFailure(resolve('@@SECRET:RENUMBERED@@', 'development'))).code).toBe('CIPHERTEXT_REJECTED');
  });

  it('gives a clear error for a tampered wrapped key, and the server keeps serving', async () => {
    await createSecret(admin, 'TAMPERED', { production: 'tampered-v1' });
    await admin.request(UPDATE, { k: 'TAMPERED', i: { set: [{ environment: 'production', value: 'tampered-v2' }] } });
    await sql(
      server.databaseUrl,
      "update secret_value set wrapped_key = set_byte(wrapped_key, 20, get_byte(wrapped_key, 20) # 1) where version = 1 and secret_id = (select id from secret where key = 'TAMPERED')",
    );
    // Restoring version 1 has to decrypt the tampered row: the API answers a masked internal error.
    const res = await admin.request(RESTORE, { k: 'TAMPERED', e: 'production', v: 1 });
    expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(res)).not.toContain('tampered-v1');
    const logs = server.logs.join('');
    expect(logs).toContain('DATA_KEY_REJECTED');
    expect(logs).not.toContain('tampered-v1');
    // The intact current version still resolves, and the server keeps answering.
    expect(await resolve('@@SECRET:TAMPERED@@', 'production')).toBe('tampered-v2');
    expect((await admin.request('{ secret(key: "TAMPERED") { environments { version } } }')).errors).toBeUndefined();

    await sql(
      server.databaseUrl,
      "update secret_value set wrapped_key = set_byte(wrapped_key, 20, get_byte(wrapped_key, 20) # 1) where version = 2 and secret_id = (select id from secret where key = 'TAMPERED')",
    );
    const error = await decryptionFailure(resolve('@@SECRET:TAMPERED@@', 'production'));
    expect(error.code).toBe('DATA_KEY_REJECTED');
    expect(error.message).toBe('The wrapped data key failed authentication under master key "test": it was altered or wrapped by another key.');
    expect((await admin.request('{ secret(key: "TAMPERED") { environments { version } } }')).errors).toBeUndefined();
  });
});

describe('master key rotation (KEYWARD_MASTER_KEYS)', () => {
  const k1 = formatKeyEntry('k1', randomBytes(32));
  const k2 = formatKeyEntry('k2', randomBytes(32));
  const k3 = formatKeyEntry('k3', randomBytes(32));
  const values = { production: 'rot-prod-1', development: 'rot-dev-1', qa: 'rot-qa-1' };
  let database: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  const cliEnv = (keys: string) => ({ DATABASE_URL: database.url, KEYWARD_MASTER_KEYS: keys, KEYWARD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const stored = () =>
    sql<{ id: string; key_id: string; ciphertext: Buffer; nonce: Buffer; wrapped_key: Buffer }>(
      database.url,
      'select id, key_id, ciphertext, nonce, wrapped_key from secret_value where key_id is not null order by id',
    );

  /** Rotates every data key from k1 to k2, as the test before the one that needs it used to. */
  const rotatedToK2 = async () => expect(await runCli(['rotate-master-key'], cliEnv(`${k2},${k1}`), captureIo().io)).toBe(0);

  // Each test starts from an installation whose values are all wrapped by k1.
  beforeEach(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'keyward-rotation-'));
    const server = await startTestServer({ databaseUrl: database.url, env: { KEYWARD_MASTER_KEYS: k1 } });
    const admin = await signedInAdmin(server);
    await createSecret(admin, 'ROTATE_A', values);
    await admin.request(UPDATE, { k: 'ROTATE_A', i: { set: [{ environment: 'production', value: 'rot-prod-2' }] } });
    await createSecret(admin, 'ROTATE_B', { staging: 'rot-staging-1' });
    await server.close();
  });
  afterEach(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports data wrapped by a key that is no longer configured', async () => {
    const { io, err } = captureIo();
    expect(await runCli(['master-key-status'], cliEnv(k2), io)).toBe(1);
    expect(err.join('\n')).toContain('not in the keyring: k1');
  });

  it('re-wraps every data key under the new current key without touching ciphertexts', async () => {
    const before = await stored();
    expect(new Set(before.map((r) => r.key_id))).toEqual(new Set(['k1']));
    const { io, out } = captureIo();
    expect(await runCli(['rotate-master-key'], cliEnv(`${k2},${k1}`), io)).toBe(0);
    expect(out.join('\n')).toContain(`Re-wrapped ${before.length} secret values data key(s) under master key "k2".`);
    expect(out.join('\n')).toContain('No data uses "k1" any more');
    const after = await stored();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    after.forEach((row, i) => {
      const old = before[i];
      expect(row.key_id).toBe('k2');
      expect(row.ciphertext.equals(old?.ciphertext ?? Buffer.alloc(0))).toBe(true);
      expect(row.nonce.equals(old?.nonce ?? Buffer.alloc(0))).toBe(true);
      expect(row.wrapped_key.equals(old?.wrapped_key ?? Buffer.alloc(0))).toBe(false);
    });
  });

  it('is idempotent: a second run finds nothing to do', async () => {
    await rotatedToK2();
    const { io, out } = captureIo();
    expect(await runCli(['rotate-master-key'], cliEnv(`${k2},${k1}`), io)).toBe(0);
    expect(out[0]).toBe('Re-wrapped 0 secret values data key(s) under master key "k2".');
  });

  it('shows that the old key is unused, so it can be retired', async () => {
    await rotatedToK2();
    const { io, out } = captureIo();
    expect(await runCli(['master-key-status'], cliEnv(`${k2},${k1}`), io)).toBe(0);
    expect(out.join('\n')).toMatch(/k2 {2}\d+ data key\(s\) {2}\(current\)/);
    expect(out.join('\n')).toContain('k1  0 data key(s)  (unused: can be retired)');
  });

  it('keeps every value — current and earlier versions — resolvable with only the new key', async () => {
    await rotatedToK2();
    const server = await startTestServer({ databaseUrl: database.url, env: { KEYWARD_MASTER_KEYS: k2 } });
    try {
      const resolve = resolver(server, await defaultOrgId(server));
      expect(await resolve('@@SECRET:ROTATE_A@@', 'production')).toBe('rot-prod-2');
      expect(await resolve('@@SECRET:ROTATE_A@@', 'development')).toBe('rot-dev-1');
      expect(await resolve('@@SECRET:ROTATE_A@@', 'qa')).toBe('rot-qa-1');
      expect(await resolve('@@SECRET:ROTATE_B@@', 'staging')).toBe('rot-staging-1');
      const admin = await signedInAdmin(server);
      expect((await admin.request(RESTORE, { k: 'ROTATE_A', e: 'production', v: 1 })).errors).toBeUndefined();
      expect(await resolve('@@SECRET:ROTATE_A@@', 'production')).toBe('rot-prod-1');
    } finally {
      await server.close();
    }
  });

  it('reports a data key it cannot unwrap, re-wraps the others, and exits non-zero', async () => {
    await rotatedToK2();
    const [victim] = await stored();
    await sql(database.url, 'update secret_value set wrapped_key = set_byte(wrapped_key, 30, get_byte(wrapped_key, 30) # 1) where id = $1', [victim?.id]);
    const { io, err } = captureIo();
    expect(await runCli(['rotate-master-key'], cliEnv(`${k3},${k2}`), io)).toBe(1);
    expect(err.join('\n')).toContain(`Could not re-wrap secret values ${victim?.id}: DATA_KEY_REJECTED`);
    const rows = await stored();
    expect(rows.filter((r) => r.key_id === 'k2').map((r) => r.id)).toEqual([victim?.id]);
    expect(rows.filter((r) => r.key_id === 'k3')).toHaveLength(rows.length - 1);
  });
});

describe('master key rotation (generated key file)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  const env = () => ({ DATABASE_URL: database.url, KEYWARD_MASTER_KEYS: '', KEYWARD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'keyward-keyfile-'));
    const server = await startTestServer({ databaseUrl: database.url, env: env() });
    await createSecret(await signedInAdmin(server), 'FILE_KEYED', { production: 'file-keyed-value' });
    await server.close();
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('adds a new current key to the file, rotates, then retires the old key', async () => {
    const file = masterKeyFile(dataDir);
    expect(keyFileIds(file)).toEqual(['k1']);

    const added = captureIo();
    expect(await runCli(['new-master-key'], env(), added.io)).toBe(0);
    expect(keyFileIds(file)).toEqual(['k2', 'k1']);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const early = captureIo();
    expect(await runCli(['retire-master-key', 'k1'], env(), early.io)).toBe(1);
    expect(early.err.join('\n')).toContain('"k1" still wraps 1 data key(s)');
    expect(await runCli(['retire-master-key', 'k2'], env(), captureIo().io)).toBe(1);

    expect(await runCli(['rotate-master-key'], env(), captureIo().io)).toBe(0);
    const retired = captureIo();
    expect(await runCli(['retire-master-key', 'k1'], env(), retired.io)).toBe(0);
    expect(keyFileIds(file)).toEqual(['k2']);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const server = await startTestServer({ databaseUrl: database.url, env: env() });
    try {
      expect(await resolver(server, await defaultOrgId(server))('@@SECRET:FILE_KEYED@@', 'production')).toBe('file-keyed-value');
    } finally {
      await server.close();
    }
  });

  it('prints a new entry for KEYWARD_MASTER_KEYS instead of writing a file when keys are configured', async () => {
    const { io, out } = captureIo();
    const k5 = formatKeyEntry('k5', randomBytes(32));
    expect(await runCli(['new-master-key'], { ...env(), KEYWARD_MASTER_KEYS: k5 }, io)).toBe(0);
    expect(out.join('\n')).toMatch(/^ {2}k6:[A-Za-z0-9+/]{43}=$/m);
    expect(out.join('\n')).toContain('FIRST in KEYWARD_MASTER_KEYS');
  });

  it('explains its commands and refuses unknown ones', async () => {
    const help = captureIo();
    expect(await runCli(['help'], env(), help.io)).toBe(0);
    expect(help.out.join('\n')).toContain('rotate-master-key');
    expect(await runCli(['rotate-everything'], env(), captureIo().io)).toBe(2);
  });
});

describe('master key rotation and API keys', () => {
  const k1 = formatKeyEntry('k1', randomBytes(32));
  const k2 = formatKeyEntry('k2', randomBytes(32));
  let database: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  let token: string;
  const env = (keys: string) => ({ DATABASE_URL: database.url, KEYWARD_MASTER_KEYS: keys, KEYWARD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'keyward-apikeys-'));
    const server = await startTestServer({ databaseUrl: database.url, env: { KEYWARD_MASTER_KEYS: k1 } });
    const admin = await signedInAdmin(server);
    const roles = await admin.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
    const readOnly = roles.data?.roles.find((role) => role.name === 'Read-only');
    const created = await admin.request<{ createApiKey: { token: string } }>(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { token } }',
      { i: { name: 'Rotation probe', roleIds: [readOnly?.id] } },
    );
    token = created.data?.createApiKey.token ?? '';
    expect(token).toMatch(/^apk_/);
    await server.close();
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says that API keys still depend on the old master key, and will not retire it', async () => {
    const rotated = captureIo();
    expect(await runCli(['rotate-master-key'], env(`${k2},${k1}`), rotated.io)).toBe(0);
    expect(rotated.out.join('\n')).toContain('1 API key secrets still depend on "k1" and cannot be re-wrapped.');
    expect(rotated.out.join('\n')).not.toContain('No data uses "k1"');

    const status = captureIo();
    expect(await runCli(['master-key-status'], env(`${k2},${k1}`), status.io)).toBe(0);
    expect(status.out.join('\n')).toContain('k1  1 data key(s)  (still in use');
    expect(status.out.join('\n')).toContain('API key secrets (cannot be re-wrapped): k1: 1');

    const retired = captureIo();
    expect(await runCli(['retire-master-key', 'k1'], env(`${k2},${k1}`), retired.io)).toBe(1);
    expect(retired.err.join('\n')).toContain('1 API key secrets still depend on "k1". An API key hash cannot be re-wrapped');
  });

  it('keeps the API key working while the old master key stays in the keyring', async () => {
    const server = await startTestServer({ databaseUrl: database.url, env: { KEYWARD_MASTER_KEYS: `${k2},${k1}` } });
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': token },
        body: JSON.stringify({ query: '{ secrets { totalCount } }' }),
      });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
