import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { errorCode, signedInAdmin, startTestServer, type Client, type TestServer } from './harness';

const UPDATE = `mutation($i: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $i) { name environments { slug name } defaultRateLimit { perMinute perHour } rateLimitCeiling { perMinute perHour } }
}`;

let server: TestServer;
let admin: Client;
beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
});
afterAll(async () => {
  await server.close();
});

describe('organization', () => {
  it('starts with the four default environments in order and the default limits', async () => {
    const res = await admin.request<{ organization: { environments: { slug: string }[]; defaultRateLimit: object; rateLimitCeiling: object } }>(
      '{ organization { environments { slug } defaultRateLimit { perMinute perHour } rateLimitCeiling { perMinute perHour } } }',
    );
    expect(res.data?.organization.environments.map((e) => e.slug)).toEqual(['development', 'qa', 'staging', 'production']);
    expect(res.data?.organization.defaultRateLimit).toEqual({ perMinute: 60, perHour: 1000 });
    expect(res.data?.organization.rateLimitCeiling).toEqual({ perMinute: 600, perHour: 20000 });
  });
});

describe('updateOrganizationSettings', () => {
  it('refuses a ceiling below the default and names the field', async () => {
    const res = await admin.request(UPDATE, {
      i: { defaultRateLimit: { perMinute: 100, perHour: 1000 }, rateLimitCeiling: { perMinute: 50, perHour: 1000 } },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('rateLimitCeiling.perMinute');
  });

  it('refuses a new default above the current ceiling', async () => {
    const res = await admin.request(UPDATE, { i: { defaultRateLimit: { perMinute: 601, perHour: 1000 } } });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
  });

  it('refuses an environment slug that breaks the rules, naming which one', async () => {
    const res = await admin.request(UPDATE, {
      i: { environments: [{ slug: 'development', name: 'Development' }, { slug: 'Prod Env', name: 'Production' }] },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('environments.1.slug');
  });

  it('refuses duplicated environment slugs and an empty list', async () => {
    const dup = await admin.request(UPDATE, { i: { environments: [{ slug: 'qa', name: 'QA' }, { slug: 'qa', name: 'QA 2' }] } });
    expect(dup.errors?.[0]?.extensions?.field).toBe('environments.1.slug');
    const none = await admin.request(UPDATE, { i: { environments: [] } });
    expect(none.errors?.[0]?.extensions?.field).toBe('environments');
  });

  it('keeps nothing of a refused change', async () => {
    await admin.request(UPDATE, { i: { name: 'Half applied', rateLimitCeiling: { perMinute: 1, perHour: 1 } } });
    const res = await admin.request<{ organization: { name: string } }>('{ organization { name } }');
    expect(res.data?.organization.name).toBe('Default');
  });

  it('saves a valid change, keeps the environment order, and audits it', async () => {
    const environments = [
      { slug: 'development', name: 'Development' },
      { slug: 'production', name: 'Production' },
      { slug: 'eu-staging', name: 'EU Staging' },
    ];
    const res = await admin.request(UPDATE, {
      i: { environments, defaultRateLimit: { perMinute: 30, perHour: 500 }, rateLimitCeiling: { perMinute: 120, perHour: 5000 } },
    });
    expect(res.errors).toBeUndefined();
    const again = await admin.request<{ organization: { environments: object[]; rateLimitCeiling: object } }>(
      '{ organization { environments { slug name } rateLimitCeiling { perMinute perHour } } }',
    );
    expect(again.data?.organization.environments).toEqual(environments);
    expect(again.data?.organization.rateLimitCeiling).toEqual({ perMinute: 120, perHour: 5000 });
    const events = await server.keyward.orm.em.fork().find(AuditEvent, { action: 'organization.settings_updated' });
    expect(events.at(-1)?.summary).toMatch(/environments, default rate limit, rate-limit ceiling/);
    expect(events.at(-1)?.actorLabel).toBe('admin@keyward.test');
  });
});
