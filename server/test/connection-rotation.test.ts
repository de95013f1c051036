import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatKeyEntry } from '../src/crypto/keyring';
import { runCli } from '../src/operations/cli';
import { createKey, keyClient, roleId } from './api-key-helpers';
import { createConnection, createIntegration, RESOLVE, restIntegration, saveCredentials } from './connection-helpers';
import { createTestDatabase, signedInAdmin, startTestServer } from './harness';

const OAUTH_SETTINGS = {
  authorizationUrl: 'https://auth.example.com/authorize',
  tokenUrl: 'https://auth.example.com/token',
  clientId: 'rotation-client',
  clientSecret: 'rotation-client-secret-1',
};

describe('master key rotation of connection credentials and integration secret settings', () => {
  const k1 = formatKeyEntry('k1', randomBytes(32));
  const k2 = formatKeyEntry('k2', randomBytes(32));
  let database: { url: string; drop: () => Promise<void> };
  let dataDir: string;
  let connectionId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'keyward-conn-rotation-'));
    const server = await startTestServer({ databaseUrl: database.url, env: { KEYWARD_MASTER_KEYS: k1 } });
    try {
      const admin = await signedInAdmin(server);
      const integration = await createIntegration(
        admin,
        restIntegration({ name: 'Rotated API', configs: [{ baseUrl: 'https://api.example.com', authType: 'OAUTH2', settings: OAUTH_SETTINGS }] }),
      );
      const connection = await createConnection(admin, { integrationId: integration.id, name: 'Rotated connection', visibility: 'ORGANIZATION' });
      await saveCredentials(admin, connection.id, 'production', { accessToken: 'rotation-access-token-1' });
      connectionId = connection.id;
    } finally {
      await server.close();
    }
  });
  afterAll(async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('re-wraps both stores under the new key, and only the new key is then needed to resolve', async () => {
    const out: string[] = [];
    const io = { out: (line: string) => out.push(line), err: (line: string) => out.push(line) };
    const env = { DATABASE_URL: database.url, KEYWARD_MASTER_KEYS: `${k2},${k1}`, KEYWARD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    expect(await runCli(['rotate-master-key'], env, io)).toBe(0);
    expect(out.join('\n')).toMatch(/Re-wrapped [1-9]\d* connection credentials data key\(s\) under master key "k2"/);
    expect(out.join('\n')).toMatch(/Re-wrapped [1-9]\d* integration secret settings data key\(s\) under master key "k2"/);

    const server = await startTestServer({ databaseUrl: database.url, env: { KEYWARD_MASTER_KEYS: k2 } });
    try {
      const admin = await signedInAdmin(server);
      // The workflow runtime: the only caller that gets plaintexts.
      const runtime = keyClient(server.url, (await createKey(admin, { name: 'runtime', roleIds: [await roleId(admin, 'Org Admin')] })).token);
      const res = await runtime.request<{ resolveConnection: { fields: Record<string, unknown>; integration: { settings: Record<string, unknown> } } }>(
        RESOLVE,
        { id: connectionId, env: 'production' },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.resolveConnection.fields.accessToken).toBe('rotation-access-token-1');
      expect(res.data?.resolveConnection.integration.settings.clientSecret).toBe('rotation-client-secret-1');
    } finally {
      await server.close();
    }
  });
});
