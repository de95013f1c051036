import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, Client, errorCode, signedInAdmin, startTestServer, type TestServer } from './harness';
import { addMember, MEMBER_PASSWORD } from './members';

const UPDATE = `mutation($i: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $i) { name } }`;
const EVENTS = `query($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id at actorType actorLabel action targetType targetId summary ip userAgent } }
  }
}`;

interface EventNode {
  id: string;
  at: string;
  actorType: string;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  summary: string;
  ip: string | null;
  userAgent: string | null;
}
type EventsData = {
  auditEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: EventNode }[] };
};

let server: TestServer;
let admin: Client;
let otherAdmin: Client;

async function signedIn(email: string): Promise<Client> {
  const client = new Client(server.url);
  const res = await client.signIn(email, MEMBER_PASSWORD);
  if (res.errors) throw new Error(`sign-in failed: ${res.errors[0]?.message}`);
  return client;
}

async function events(client: Client, variables: Record<string, unknown> = {}) {
  return client.request<EventsData>(EVENTS, variables);
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await signedInAdmin(server);
  await addMember(server, { email: 'other-admin@elsewhere.test', role: 'ORG_ADMIN', organizationName: 'Elsewhere' });
  otherAdmin = await signedIn('other-admin@elsewhere.test');
  expect((await otherAdmin.request(UPDATE, { i: { name: 'Elsewhere Renamed' } })).errors).toBeUndefined();
  expect((await admin.request(UPDATE, { i: { name: 'Acme Audited' } })).errors).toBeUndefined();
});
afterAll(async () => {
  await server.close();
});

describe('auditEvents', () => {
  it('shows an org admin the events of their organization, newest first, with actor and summary', async () => {
    const res = await events(admin);
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.auditEvents.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    const newest = nodes[0];
    expect(newest).toMatchObject({
      actorType: 'USER',
      actorLabel: ADMIN_EMAIL,
      action: 'organization.settings_updated',
      targetType: 'Organization',
      summary: 'Changed name',
    });
    expect(newest?.ip).toBeTruthy();
    const times = nodes.map((n) => Date.parse(n.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(nodes.some((n) => n.action === 'auth.signed_in' && n.actorLabel === ADMIN_EMAIL)).toBe(true);
  });

  it('never shows another organization’s events', async () => {
    const mine = await events(admin, { first: 100 });
    const labels = mine.data?.auditEvents.edges.map((e) => e.node.actorLabel) ?? [];
    expect(labels).not.toContain('other-admin@elsewhere.test');

    const theirs = await events(otherAdmin, { first: 100 });
    expect(theirs.errors).toBeUndefined();
    const nodes = theirs.data?.auditEvents.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    // Elsewhere's own events only: its admin's, and the super admin's who created it and invited them there.
    const byBuilder = nodes.filter((n) => n.actorLabel !== 'other-admin@elsewhere.test');
    expect(byBuilder.map((n) => `${n.action} by ${n.actorLabel}`).sort()).toEqual(
      [`auth.organization_switched by ${ADMIN_EMAIL}`, `organization.created by ${ADMIN_EMAIL}`, `user.invited by ${ADMIN_EMAIL}`],
    );
    expect(nodes.filter((n) => n.actorLabel === 'other-admin@elsewhere.test').length).toBeGreaterThan(0);
    expect(nodes[0]).toMatchObject({ action: 'organization.settings_updated', summary: 'Changed name' });
    const myIds = new Set(mine.data?.auditEvents.edges.map((e) => e.node.id));
    expect(nodes.some((n) => myIds.has(n.id))).toBe(false);
  });

  it('refuses a member without AUDIT_READ', async () => {
    await addMember(server, { email: 'member@keyward.test', role: 'MEMBER' });
    const member = await signedIn('member@keyward.test');
    const res = await events(member);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.data?.auditEvents ?? null).toBeNull();
  });

  it('lets a read-only member read the log', async () => {
    await addMember(server, { email: 'reader@keyward.test', role: 'READ_ONLY' });
    const reader = await signedIn('reader@keyward.test');
    const res = await events(reader);
    expect(res.errors).toBeUndefined();
    expect(res.data?.auditEvents.edges[0]?.node).toMatchObject({ action: 'auth.signed_in', actorLabel: 'reader@keyward.test' });
  });

  it('filters by action, actor type and search text', async () => {
    const byAction = await events(admin, { filter: { action: 'organization.settings_updated' } });
    const actions = byAction.data?.auditEvents.edges.map((e) => e.node.action) ?? [];
    expect(actions).toEqual(['organization.settings_updated']);
    expect(byAction.data?.auditEvents.totalCount).toBe(1);

    const bySearch = await events(admin, { filter: { search: 'READER@keyward' } });
    const found = bySearch.data?.auditEvents.edges.map((e) => e.node) ?? [];
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((n) => `${n.actorLabel} ${n.summary}`.toLowerCase().includes('reader@keyward'))).toBe(true);

    const noMatch = await events(admin, { filter: { search: 'nothing-like-this%' } });
    expect(noMatch.data?.auditEvents).toMatchObject({ totalCount: 0, edges: [] });

    const anonymous = await events(admin, { filter: { actorType: 'ANONYMOUS' } });
    expect(anonymous.data?.auditEvents.totalCount).toBe(0);
    const users = await events(admin, { filter: { actorType: 'USER' } });
    expect(users.data?.auditEvents.edges.every((e) => e.node.actorType === 'USER')).toBe(true);
  });

  it('pages through the log with first and after', async () => {
    const all = await events(admin, { first: 100 });
    const ids = all.data?.auditEvents.edges.map((e) => e.node.id) ?? [];
    expect(ids.length).toBeGreaterThan(2);

    const first = await events(admin, { first: 2 });
    expect(first.data?.auditEvents.pageInfo.hasNextPage).toBe(true);
    expect(first.data?.auditEvents.totalCount).toBe(ids.length);
    const second = await events(admin, { first: 100, after: first.data?.auditEvents.pageInfo.endCursor });
    expect(second.data?.auditEvents.pageInfo.hasNextPage).toBe(false);
    const paged = [...(first.data?.auditEvents.edges ?? []), ...(second.data?.auditEvents.edges ?? [])].map((e) => e.node.id);
    expect(paged).toEqual(ids);

    const bad = await events(admin, { after: 'not-a-cursor' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});
