import { signInAtProvider } from '@keyward/test-support/oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SsoIdentity } from '../src/modules/sso/sso-identity.entity';
import { SsoLogin } from '../src/modules/sso/sso-login.entity';
import { Client } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';
import { auditSummaries, createProvider, inviteWithSso, SsoBrowser, ssoSignIn, startSsoWorld, viewerEmail, type SsoProviderNode, type SsoWorld } from './sso-helpers';
import { DISABLE } from './user-helpers';

let world: SsoWorld;
let provider: SsoProviderNode;

/** An IdP account and a Keyward member who signs in with the provider (invited, then signed in once). */
async function ssoMember(sub: string, email: string): Promise<{ id: string }> {
  world.idp.accounts.set(sub, { sub, email, email_verified: true });
  const token = await inviteWithSso(world, world.admin, email, provider.id);
  const outcome = await ssoSignIn(world, provider.id, sub, `?invitation=${token}`);
  if (outcome.client === null) throw new Error(`${email} could not accept: ${outcome.location}`);
  const res = await world.admin.request<{ users: { edges: { node: { id: string } }[] } }>('query($f: UserFilter) { users(filter: $f) { edges { node { id } } } }', { f: { search: email } });
  return { id: res.data?.users.edges[0]?.node.id ?? '' };
}

beforeAll(async () => {
  world = await startSsoWorld();
  provider = await createProvider(world, world.admin);
}, 120_000);

afterAll(async () => {
  await world?.close();
});

describe('SSO sign-in end to end', () => {
  it('an invited person accepts through the provider, is linked, and the session works like a password one', async () => {
    world.idp.accounts.set('ada', { sub: 'ada', email: 'ada@acme.test', email_verified: true });
    const token = await inviteWithSso(world, world.admin, 'ada@acme.test', provider.id);

    const preview = await new Client(world.server.url).request<{ invitation: { signInMethod: string; ssoProvider: { id: string; displayName: string; startUrl: string } } }>(
      'query($t: String!) { invitation(token: $t) { signInMethod ssoProvider { id displayName startUrl } } }',
      { t: token },
    );
    expect(preview.data?.invitation).toEqual({ signInMethod: 'SSO', ssoProvider: { id: provider.id, displayName: 'Acme ID', startUrl: `/auth/sso/${provider.id}/start` } });
    const withPassword = await new Client(world.server.url).request('mutation($t: String!) { acceptInvitation(token: $t, password: "Some-Password-123") { email } }', { t: token });
    expect(withPassword.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const outcome = await ssoSignIn(world, provider.id, 'ada', `?invitation=${token}&next=${encodeURIComponent('/secrets')}`);
    expect(outcome).toMatchObject({ status: 302, location: '/secrets', error: null });
    expect(await viewerEmail(outcome.client)).toBe('ada@acme.test');

    const users = await world.admin.request<{ users: { edges: { node: { status: string; signInMethod: string; ssoProvider: string; ssoProviderName: string; lastLoginAt: string | null } }[] } }>(
      'query($f: UserFilter) { users(filter: $f) { edges { node { status signInMethod ssoProvider ssoProviderName lastLoginAt } } } }',
      { f: { search: 'ada@acme.test' } },
    );
    expect(users.data?.users.edges[0]?.node).toMatchObject({ status: 'ACTIVE', signInMethod: 'SSO', ssoProvider: provider.id, ssoProviderName: 'Acme ID' });
    expect(users.data?.users.edges[0]?.node.lastLoginAt).not.toBeNull();
    const em = world.server.keyward.orm.em.fork();
    expect(await em.count(SsoIdentity, { subject: 'ada', issuer: world.idp.issuer })).toBe(1);

    // The link worked once: using it again is refused on the invitation page.
    const again = await ssoSignIn(world, provider.id, 'ada', `?invitation=${token}`);
    expect(again.location).toBe(`/invite/${token}?sso_error=invitation_expired`);
    expect(await auditSummaries(world.admin, 'user.invitation_accepted')).toEqual(expect.arrayContaining([expect.stringContaining('ada@acme.test accepted the invitation and signed in with SSO (Acme ID)')]));
    // Only the (logged) invitation mail carries the link's token; request logs redact it, and the code and state.
    expect(world.server.logs.filter((l) => l.includes(token) && !l.includes('"mail"'))).toEqual([]);
    expect(world.server.logs.filter((l) => l.includes(new URL(outcome.callbackUrl).searchParams.get('code') ?? 'no-code'))).toEqual([]);
  });

  it('after signing in, only a path inside Keyward is followed (next)', async () => {
    world.idp.accounts.set('ada', { sub: 'ada', email: 'ada@acme.test', email_verified: true });
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example']) {
      const outcome = await ssoSignIn(world, provider.id, 'ada', `?next=${encodeURIComponent(next)}`);
      expect(outcome.location).toBe('/');
    }
  });

  it('the session cookie has the attributes of the password sign-in cookie', async () => {
    world.idp.accounts.set('cookie', { sub: 'cookie', email: 'cookie@acme.test', email_verified: true });
    const token = await inviteWithSso(world, world.admin, 'cookie@acme.test', provider.id);
    const browser = new SsoBrowser(world.server.url);
    const callbackUrl = await signInAtProvider(await browser.start(provider.id, `?invitation=${token}`), 'cookie');
    const response = await fetch(new URL(callbackUrl), {
      redirect: 'manual',
      headers: { cookie: `keyward_sso_state=${new URL(callbackUrl).searchParams.get('state')}` },
    });
    const session = response.headers.getSetCookie().find((c) => c.startsWith('keyward_session='));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).toMatch(/Path=\//);
  });

  it('a linked person whose email changes at the provider still signs in (found by issuer and subject)', async () => {
    await ssoMember('grace', 'grace@acme.test');
    world.idp.accounts.set('grace', { sub: 'grace', email: 'grace.hopper@acme.test', email_verified: true });
    const outcome = await ssoSignIn(world, provider.id, 'grace');
    expect(outcome.error).toBeNull();
    expect(await viewerEmail(outcome.client)).toBe('grace@acme.test');
  });

  it('a member a super admin created to sign in with the provider is linked at the first sign-in', async () => {
    world.idp.accounts.set('made', { sub: 'made', email: 'made@acme.test', email_verified: true });
    const created = await world.admin.request('mutation($i: CreateUserInput!) { createUser(input: $i) { status } }', {
      i: { email: 'made@acme.test', signInMethod: 'SSO', ssoProvider: provider.id, roleIds: [world.roles.MEMBER] },
    });
    expect(created.data).toEqual({ createUser: { status: 'ACTIVE' } });
    const outcome = await ssoSignIn(world, provider.id, 'made');
    expect(await viewerEmail(outcome.client)).toBe('made@acme.test');
    // Someone else at the provider who later gets that email does not take the account over.
    world.idp.accounts.set('made-impostor', { sub: 'made-impostor', email: 'made@acme.test', email_verified: true });
    expect((await ssoSignIn(world, provider.id, 'made-impostor')).error).toBe('unknown_person');
  });

  it('a pending invitation is also accepted by signing in from the login page (no link)', async () => {
    world.idp.accounts.set('linus', { sub: 'linus', email: 'linus@acme.test', email_verified: true });
    await inviteWithSso(world, world.admin, 'linus@acme.test', provider.id);
    const outcome = await ssoSignIn(world, provider.id, 'linus');
    expect(outcome).toMatchObject({ location: '/', error: null });
    expect(await viewerEmail(outcome.client)).toBe('linus@acme.test');
  });
});

describe('SSO refusals', () => {
  it('a callback with a wrong, missing or replayed state is refused (state)', async () => {
    world.idp.accounts.set('state', { sub: 'state', email: 'state@acme.test', email_verified: true });
    const browser = new SsoBrowser(world.server.url);
    const callbackUrl = await signInAtProvider(await browser.start(provider.id), 'state');
    const wrong = new URL(callbackUrl);
    wrong.searchParams.set('state', 'not-the-state');
    expect((await browser.callback(wrong.href)).error).toBe('state');
    const missing = new URL(callbackUrl);
    missing.searchParams.delete('state');
    expect((await browser.callback(missing.href)).error).toBe('state');
    // Another browser (without this sign-in's cookie) presenting the right state.
    expect((await new SsoBrowser(world.server.url).callback(callbackUrl)).error).toBe('state');
    expect(await auditSummaries(world.admin, 'auth.sso_sign_in_refused')).toEqual(expect.arrayContaining([expect.stringContaining('refused (state)')]));
  });

  it('a replayed code is refused (token), and so is the same callback twice (state)', async () => {
    await ssoMember('replay', 'replay@acme.test');
    const first = await ssoSignIn(world, provider.id, 'replay');
    expect(first.error).toBeNull();
    expect((await first.browser.callback(first.callbackUrl)).error).toBe('state');

    const browser = new SsoBrowser(world.server.url);
    const fresh = await signInAtProvider(await browser.start(provider.id), 'replay');
    const replayed = new URL(first.callbackUrl);
    replayed.searchParams.set('state', new URL(fresh).searchParams.get('state') ?? '');
    const outcome = await browser.callback(replayed.href);
    expect(outcome.error).toBe('token');
    expect(outcome.client).toBeNull();
  });

  it('an ID token whose nonce is not the one sent is refused (token)', async () => {
    await ssoMember('nonce', 'nonce@acme.test');
    const browser = new SsoBrowser(world.server.url);
    const callbackUrl = await signInAtProvider(await browser.start(provider.id), 'nonce');
    const em = world.server.keyward.orm.em.fork();
    const [login] = await em.find(SsoLogin, { usedAt: null }, { orderBy: { createdAt: 'desc' }, limit: 1 });
    if (login === undefined) throw new Error('no pending sign-in');
    login.oidcNonce = 'tampered-nonce';
    await em.flush();
    const outcome = await browser.callback(callbackUrl);
    expect(outcome.error).toBe('token');
    expect(outcome.client).toBeNull();
    // The ID token's nonce claim is what failed, not the code exchange.
    expect(await auditSummaries(world.admin, 'auth.sso_sign_in_refused')).toEqual(expect.arrayContaining([expect.stringMatching(/refused \(token\).*JWT_CLAIM_COMPARISON/)]));
  });

  it('an email the provider has not verified is refused (unverified_email)', async () => {
    world.idp.accounts.set('unverified', { sub: 'unverified', email: 'unverified@acme.test', email_verified: false });
    await inviteWithSso(world, world.admin, 'unverified@acme.test', provider.id);
    expect((await ssoSignIn(world, provider.id, 'unverified')).error).toBe('unverified_email');
  });

  it('an email outside the allowed domains is refused (domain)', async () => {
    world.idp.accounts.set('outsider', { sub: 'outsider', email: 'outsider@elsewhere.test', email_verified: true });
    const outcome = await ssoSignIn(world, provider.id, 'outsider');
    expect(outcome.location).toBe(`/login?sso_error=domain&provider=${provider.id}`);
  });

  it('a suspended member is refused (suspended)', async () => {
    const { id } = await ssoMember('suspended', 'suspended@acme.test');
    await world.admin.request(DISABLE, { id });
    const outcome = await ssoSignIn(world, provider.id, 'suspended');
    expect(outcome.error).toBe('suspended');
    expect(outcome.client).toBeNull();
  });

  it('a person without a Keyward account is refused, not signed up (unknown_person)', async () => {
    world.idp.accounts.set('stranger', { sub: 'stranger', email: 'stranger@acme.test', email_verified: true });
    expect((await ssoSignIn(world, provider.id, 'stranger')).error).toBe('unknown_person');
    const em = world.server.keyward.orm.em.fork();
    expect(await em.count(SsoIdentity, { subject: 'stranger' })).toBe(0);
  });

  it('a password account is never signed in or linked through SSO (unknown_person)', async () => {
    await addMember(world.server, { email: 'pat@acme.test' });
    world.idp.accounts.set('pat', { sub: 'pat', email: 'pat@acme.test', email_verified: true });
    expect((await ssoSignIn(world, provider.id, 'pat')).error).toBe('unknown_person');
    const em = world.server.keyward.orm.em.fork();
    expect(await em.count(SsoIdentity, { subject: 'pat' })).toBe(0);
    expect((await new Client(world.server.url).signIn('pat@acme.test', MEMBER_PASSWORD)).errors).toBeUndefined();
  });

  it('the super admin is never signed in through SSO', async () => {
    world.idp.accounts.set('boss', { sub: 'boss', email: 'admin@keyward.test', email_verified: true });
    const domains = await world.admin.request('mutation($id: ID!) { updateSsoProvider(id: $id, input: { allowedDomains: ["acme.test", "keyward.test"] }) { id } }', { id: provider.id });
    expect(domains.errors).toBeUndefined();
    expect((await ssoSignIn(world, provider.id, 'boss')).error).toBe('unknown_person');
    await world.admin.request('mutation($id: ID!) { updateSsoProvider(id: $id, input: { allowedDomains: ["acme.test"] }) { id } }', { id: provider.id });
  });

  it('an invitation link used by another provider account is refused (invitation_mismatch)', async () => {
    world.idp.accounts.set('mallory', { sub: 'mallory', email: 'mallory@acme.test', email_verified: true });
    const token = await inviteWithSso(world, world.admin, 'alice@acme.test', provider.id);
    const outcome = await ssoSignIn(world, provider.id, 'mallory', `?invitation=${token}`);
    expect(outcome.location).toBe(`/invite/${token}?sso_error=invitation_mismatch`);
  });

  it('an error from the provider is refused (provider_error) and an unknown provider is not_configured', async () => {
    const browser = new SsoBrowser(world.server.url);
    const authorizationUrl = new URL(await browser.start(provider.id));
    const state = authorizationUrl.searchParams.get('state') ?? '';
    expect((await browser.callback(`/auth/sso/callback?error=access_denied&state=${state}`)).error).toBe('provider_error');
    const unknown = await browser.get('/auth/sso/00000000-0000-4000-8000-000000000000/start');
    expect(unknown.headers.get('location')).toBe('/login?sso_error=not_configured');
  });

  it('password sign-in for an SSO-only member names the provider (SSO_REQUIRED)', async () => {
    await ssoMember('sso-only', 'sso-only@acme.test');
    const res = await new Client(world.server.url).signIn('sso-only@acme.test', 'Whatever-Password-1');
    expect(res.errors?.[0]?.message).toBe('This account signs in with Acme ID. Use “Continue with Acme ID”.');
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SSO_REQUIRED',
      provider: { id: provider.id, displayName: 'Acme ID', startUrl: `/auth/sso/${provider.id}/start` },
    });
  });

  it('password attempts on an SSO-only member count like wrong passwords (rate limited)', async () => {
    await ssoMember('limited', 'limited@acme.test');
    const client = new Client(world.server.url, { 'x-forwarded-for': '203.0.113.8' });
    const codes: unknown[] = [];
    for (let i = 0; i < 11; i += 1) codes.push((await client.signIn('limited@acme.test', 'Wrong-Password-1')).errors?.[0]?.extensions?.code);
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('UNAUTHENTICATED'));
    expect(codes[10]).toBe('RATE_LIMITED');
  });

  it('the callback is rate limited per address like sign-in', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 101; i += 1) {
      const res = await fetch(`${world.server.url}/auth/sso/callback?code=x&state=guess-${i}`, { redirect: 'manual', headers: { 'x-forwarded-for': '203.0.113.9' } });
      statuses.push(res.status);
      await res.body?.cancel();
    }
    expect(statuses.slice(0, 100).every((s) => s === 302)).toBe(true);
    expect(statuses[100]).toBe(429);
  });
});
