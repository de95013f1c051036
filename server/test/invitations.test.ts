import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { invitationLink, startSmtpCapture, type SmtpCapture } from './smtp';

const INVITE = 'mutation($input: InviteUserInput!) { inviteUser(input: $input) { id status } }';
const ACCEPT = 'mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { email organization { name } } }';
const PREVIEW = 'query($token: String!) { invitation(token: $token) { email organizationName expiresAt } }';
const RESEND = 'mutation($id: ID!) { resendInvitation(id: $id) { id invitation { sentAt expiresAt } } }';

let smtp: SmtpCapture;
let server: TestServer;
let admin: Client;
let memberRoleId: string;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, SMTP_FROM: 'Keyward <keyward@example.test>' } });
  admin = await signedInAdmin(server);
  const roles = await admin.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
  memberRoleId = roles.data?.roles.find((r) => r.name === 'Member')?.id ?? '';
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

async function invite(email: string): Promise<{ id: string; token: string; link: string }> {
  const res = await admin.request<{ inviteUser: { id: string } }>(INVITE, { input: { email, firstName: 'Invited', roleIds: [memberRoleId] } });
  if (!res.data) throw new Error(res.errors?.[0]?.message);
  const link = invitationLink(await smtp.waitFor(email));
  return { id: res.data.inviteUser.id, link, token: link.slice(link.lastIndexOf('/') + 1) };
}

describe('inviting an existing account into another organization', () => {
  const ACCEPT_VIEWER = 'mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { email organization { name } roles { name } } }';

  it('adds a membership: the mail says join <organization>, accepting takes the current password, never a new one', async () => {
    const first = await invite('already@keyward.test');
    expect((await new Client(server.url).request<{ invitation: { existingAccount: boolean } }>('query($t: String!) { invitation(token: $t) { existingAccount } }', { t: first.token })).data)
      .toEqual({ invitation: { existingAccount: false } });
    expect((await new Client(server.url).request(ACCEPT, { token: first.token, password: 'Already-Password-1' })).errors).toBeUndefined();

    const created = await admin.request<{ createOrganization: { id: string } }>('mutation { createOrganization(input: { name: "Second Org" }) { id } }');
    const inside = await signedInAdmin(server);
    await inside.request('mutation($id: ID!) { switchOrganization(id: $id) { id } }', { id: created.data?.createOrganization.id });
    const readOnly = (await inside.request<{ roles: { id: string; name: string }[] }>('{ roles { id name } }')).data?.roles.find((r) => r.name === 'Read-only')?.id;
    const invited = await inside.request<{ inviteUser: { id: string; status: string } }>(INVITE, { input: { email: 'Already@keyward.test', roleIds: [readOnly] } });
    expect(invited.data?.inviteUser).toEqual({ id: first.id, status: 'INVITED' });
    const mail = await smtp.waitFor('already@keyward.test');
    expect(mail.body).toMatch(/Subject: Join Second Org on Keyward/);
    expect(mail.body).toContain('invited you to join Second Org');
    expect(mail.body).toContain('password of your Keyward account');
    const link = invitationLink(mail);
    const token = link.slice(link.lastIndexOf('/') + 1);
    const preview = await new Client(server.url).request('query($t: String!) { invitation(token: $t) { email organizationName existingAccount } }', { t: token });
    expect(preview.data).toEqual({ invitation: { email: 'already@keyward.test', organizationName: 'Second Org', existingAccount: true } });

    const wrong = await new Client(server.url).request(ACCEPT, { token, password: 'Some-New-Password-9' });
    expect({ code: errorCode(wrong), field: wrong.errors?.[0]?.extensions?.field }).toEqual({ code: 'BAD_USER_INPUT', field: 'password' });
    const accepted = await new Client(server.url).request(ACCEPT_VIEWER, { token, password: 'Already-Password-1' });
    expect(accepted.data).toEqual({ acceptInvitation: { email: 'already@keyward.test', organization: { name: 'Second Org' }, roles: [{ name: 'Read-only' }] } });
    expect(errorCode(await new Client(server.url).signIn('already@keyward.test', 'Some-New-Password-9'))).toBe('UNAUTHENTICATED');
    // Still a Member of Default: the membership there is untouched.
    const back = await admin.request<{ user: { status: string; roles: { name: string }[] } }>('query($id: ID!) { user(id: $id) { status roles { name } } }', { id: first.id });
    expect(back.data?.user).toEqual({ status: 'ACTIVE', roles: [{ name: 'Member' }] });
  });
});

describe('invitation email over SMTP', () => {
  it('arrives at the invited address, from SMTP_FROM, with a link to the accept page on this server', async () => {
    await admin.request(INVITE, { input: { email: 'mail@keyward.test', roleIds: [memberRoleId] } });
    const mail = await smtp.waitFor('mail@keyward.test');
    expect(mail.body).toContain('From: Keyward <keyward@example.test>');
    expect(mail.body).toMatch(/Subject: You are invited to Default on Keyward/);
    expect(invitationLink(mail).startsWith(`${server.url}/invite/`)).toBe(true);
    expect(mail.body).toContain('expires on');
  });

  it('its link shows who it is for, then works exactly once and signs the user in', async () => {
    const { token } = await invite('once@keyward.test');
    const preview = await new Client(server.url).request<{ invitation: { email: string; organizationName: string } }>(PREVIEW, { token });
    expect(preview.data?.invitation).toMatchObject({ email: 'once@keyward.test', organizationName: 'Default' });

    const browser = new Client(server.url);
    const accepted = await browser.request<{ acceptInvitation: { email: string } }>(ACCEPT, { token, password: 'Once-Password-1' });
    expect(accepted.data?.acceptInvitation).toEqual({ email: 'once@keyward.test', organization: { name: 'Default' } });
    expect(browser.cookie).toBeDefined();
    const viewer = await browser.request<{ viewer: { email: string } }>('{ viewer { email } }');
    expect(viewer.data?.viewer.email).toBe('once@keyward.test');

    const again = await new Client(server.url).request(ACCEPT, { token, password: 'Other-Password-2' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.field).toBe('token');
    expect(again.errors?.[0]?.message).toContain('already been used');
    expect(errorCode(await new Client(server.url).request(PREVIEW, { token }))).toBe('BAD_USER_INPUT');
    const signIn = await new Client(server.url).signIn('once@keyward.test', 'Other-Password-2');
    expect(errorCode(signIn)).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired link (after 7 days) and leaves the user invited', async () => {
    const { token } = await invite('late@keyward.test');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 7 * 24 * 60 * 60 * 1000 + 60_000);
    const res = await new Client(server.url).request(ACCEPT, { token, password: 'Late-Password-1' });
    vi.useRealTimers();
    expect(res.errors?.[0]?.extensions?.field).toBe('token');
    expect(res.errors?.[0]?.message).toContain('expired');
    const users = await admin.request<{ users: { edges: { node: { status: string } }[] } }>('{ users(filter: { search: "late@" }) { edges { node { status } } } }');
    expect(users.data?.users.edges[0]?.node.status).toBe('INVITED');
  });

  it('resending mails a new link and kills the old one', async () => {
    const first = await invite('resend@keyward.test');
    const res = await admin.request<{ resendInvitation: { invitation: { sentAt: string } } }>(RESEND, { id: first.id });
    expect(res.errors).toBeUndefined();
    const second = invitationLink(await smtp.waitFor('resend@keyward.test'));
    const secondToken = second.slice(second.lastIndexOf('/') + 1);
    expect(secondToken).not.toBe(first.token);
    const old = await new Client(server.url).request(ACCEPT, { token: first.token, password: 'Resend-Password-1' });
    expect(old.errors?.[0]?.extensions?.field).toBe('token');
    const fresh = await new Client(server.url).request(ACCEPT, { token: secondToken, password: 'Resend-Password-1' });
    expect(fresh.errors).toBeUndefined();
    expect(errorCode(await admin.request(RESEND, { id: first.id }))).toBe('CONFLICT');
  });

  it('stores only a hash of the token and never logs it', async () => {
    const { token } = await invite('hashed@keyward.test');
    const rows = await server.keyward.orm.em.getConnection().execute<{ token_hash: string }[]>('select token_hash from invitation');
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    await new Client(server.url).request(PREVIEW, { token });
    expect(server.logs.some((l) => l.includes(token))).toBe(false);
  });

  it('saves nothing when the mail cannot be sent, so the admin can simply retry', async () => {
    await smtp.close();
    const res = await admin.request(INVITE, { input: { email: 'unsent@keyward.test', roleIds: [memberRoleId] } });
    expect(res.errors).toBeDefined();
    const users = await admin.request<{ users: { totalCount: number } }>('{ users(filter: { search: "unsent@" }) { totalCount } }');
    expect(users.data?.users.totalCount).toBe(0);
  });
});
