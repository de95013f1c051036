import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../src/modules/audit/audit-event.entity';
import { ADMIN_EMAIL, ADMIN_PASSWORD, Client, errorCode, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD, setMembershipStatus } from './members';

const VIEWER = '{ viewer { email organization { name } } }';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('signIn', () => {
  it('signs the bootstrap admin in and the session cookie then identifies them', async () => {
    const client = new Client(server.url);
    const res = await client.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    expect(res.errors).toBeUndefined();
    const viewer = await client.request<{ viewer: { email: string; organization: { name: string } } }>(VIEWER);
    expect(viewer.data?.viewer).toEqual({ email: ADMIN_EMAIL, organization: { name: 'Default' } });
  });

  it('accepts the email in any letter case', async () => {
    const res = await new Client(server.url).signIn(ADMIN_EMAIL.toUpperCase(), ADMIN_PASSWORD);
    expect(res.errors).toBeUndefined();
  });

  it('sets an httpOnly, SameSite=Lax session cookie that is not Secure over plain HTTP', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { signIn(email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}") { id } }` }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('keyward_session=')) ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('marks the cookie Secure when the request arrived over HTTPS through a local proxy', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ query: `mutation { signIn(email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}") { id } }` }),
    });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('keyward_session=')) ?? '';
    expect(cookie).toMatch(/; Secure/i);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrong = await new Client(server.url).signIn(ADMIN_EMAIL, 'Not-The-Password-1');
    const unknown = await new Client(server.url).signIn('nobody@keyward.test', 'Not-The-Password-1');
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0]?.message).toBe('Invalid email or password.');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  it('audits failed sign-ins without the password', async () => {
    await new Client(server.url).signIn('audit-me@keyward.test', 'Secret-Guess-123');
    const em = server.keyward.orm.em.fork();
    const events = await em.find(AuditEvent, { action: 'auth.sign_in_failed', actorLabel: 'audit-me@keyward.test' });
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('Secret-Guess-123');
  });

  it('rate limits an account after repeated failures, even with the right password', async () => {
    const { user } = await addMember(server, { email: 'limited@keyward.test' });
    const client = new Client(server.url);
    for (let i = 0; i < 10; i += 1) await client.signIn(user.email, 'Wrong-Password-99');
    const res = await client.signIn(user.email, MEMBER_PASSWORD);
    expect(errorCode(res)).toBe('RATE_LIMITED');
    expect(res.errors?.[0]?.extensions?.retryAfter).toBeGreaterThan(0);
  });

  it('never writes a password or a session cookie into the logs', async () => {
    const client = new Client(server.url);
    await client.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    await client.request(VIEWER);
    await client.signIn(ADMIN_EMAIL, 'Logged-Password-Attempt-7');
    const logs = server.logs.join('\n');
    expect(logs).not.toContain(ADMIN_PASSWORD);
    expect(logs).not.toContain('Logged-Password-Attempt-7');
    const token = client.cookie?.split('=')[1];
    expect(token).toBeTruthy();
    expect(logs).not.toContain(token);
  });
});

describe('signOut', () => {
  it('ends the session: the old cookie no longer works', async () => {
    const client = new Client(server.url);
    await client.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    const stolen = client.cookie;
    const out = await client.request('mutation { signOut }');
    expect(out.data).toEqual({ signOut: true });
    const replay = new Client(server.url);
    replay.cookie = stolen;
    expect(errorCode(await replay.request(VIEWER))).toBe('UNAUTHENTICATED');
  });
});

describe('suspended members', () => {
  it('refuses to sign in a suspended member', async () => {
    await addMember(server, { email: 'suspended@keyward.test', status: 'SUSPENDED' });
    const res = await new Client(server.url).signIn('suspended@keyward.test', MEMBER_PASSWORD);
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/disabled/);
  });

  it('stops an existing session of a member the moment they are suspended', async () => {
    const { membership } = await addMember(server, { email: 'soon-suspended@keyward.test' });
    const client = new Client(server.url);
    await client.signIn('soon-suspended@keyward.test', MEMBER_PASSWORD);
    expect((await client.request(VIEWER)).errors).toBeUndefined();
    await setMembershipStatus(server, membership.id, 'SUSPENDED');
    expect(errorCode(await client.request(VIEWER))).toBe('UNAUTHENTICATED');
  });
});

describe('changePassword', () => {
  it('refuses a wrong current password with a field error', async () => {
    await addMember(server, { email: 'changer1@keyward.test' });
    const client = new Client(server.url);
    await client.signIn('changer1@keyward.test', MEMBER_PASSWORD);
    const res = await client.request('mutation { changePassword(currentPassword: "Nope-Nope-123", newPassword: "Brand-New-Pass-1") }');
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.field).toBe('currentPassword');
  });

  it('refuses a weak new password', async () => {
    await addMember(server, { email: 'changer2@keyward.test' });
    const client = new Client(server.url);
    await client.signIn('changer2@keyward.test', MEMBER_PASSWORD);
    const res = await client.request(`mutation { changePassword(currentPassword: "${MEMBER_PASSWORD}", newPassword: "short") }`);
    expect(res.errors?.[0]?.extensions?.field).toBe('newPassword');
  });

  it('changes the password, keeps this session and ends the others', async () => {
    await addMember(server, { email: 'changer3@keyward.test' });
    const here = new Client(server.url);
    const elsewhere = new Client(server.url);
    await here.signIn('changer3@keyward.test', MEMBER_PASSWORD);
    await elsewhere.signIn('changer3@keyward.test', MEMBER_PASSWORD);
    const res = await here.request(`mutation { changePassword(currentPassword: "${MEMBER_PASSWORD}", newPassword: "Brand-New-Pass-1") }`);
    expect(res.data).toEqual({ changePassword: true });
    expect((await here.request(VIEWER)).errors).toBeUndefined();
    expect(errorCode(await elsewhere.request(VIEWER))).toBe('UNAUTHENTICATED');
    expect(errorCode(await new Client(server.url).signIn('changer3@keyward.test', MEMBER_PASSWORD))).toBe('UNAUTHENTICATED');
    expect((await new Client(server.url).signIn('changer3@keyward.test', 'Brand-New-Pass-1')).errors).toBeUndefined();
  });
});
