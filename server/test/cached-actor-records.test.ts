import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { User } from '../src/modules/users/user.entity';
import { ADMIN_EMAIL, signedInAdmin, startTestServer, type TestServer } from './harness';

/**
 * An actor answered from the authority cache carries its records as cached rows, made into
 * entities when code first reads them. Code that reads them inside a transaction must get them
 * in that transaction, as if it had loaded them there: its changes are flushed with the
 * transaction, a commit leaves them in the request's entity manager, a rollback does not.
 */
describe('records of a cached actor', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await signedInAdmin(server);
    token = decodeURIComponent((admin.cookie ?? '').split('=')[1] ?? '');
    // The request above put the session in the cache; each test below resolves it from there.
    expect(server.keyward.services.authority.cache.size('session')).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await server?.close();
  });

  async function cachedActor() {
    const em = server.keyward.orm.em.fork();
    const actor = await server.keyward.services.sessions.resolve(em, token);
    if (actor === null) throw new Error('the session did not resolve');
    return { em, actor };
  }

  /** What the database holds, read without touching the actor (reading its user would map it before the test's transaction). */
  async function storedDisplayName(): Promise<string> {
    const row = await server.keyward.orm.em.fork().findOneOrFail(User, { email: ADMIN_EMAIL });
    return row.displayName;
  }

  it('writes a change made to a record first read inside a transaction', async () => {
    const { em, actor } = await cachedActor();
    await em.transactional(async () => {
      actor.user.displayName = 'Changed In A Transaction';
    });
    expect(await storedDisplayName()).toBe('Changed In A Transaction');
    // After the commit, the request's own entity manager holds the same, changed entity.
    const held = em.getUnitOfWork().getById(User, actor.user.id);
    expect(held).toBe(actor.user);
    expect(held?.displayName).toBe('Changed In A Transaction');
  });

  it('keeps nothing of a rolled-back transaction: the record read afterwards is the stored one', async () => {
    const before = await storedDisplayName();
    const { em, actor } = await cachedActor();
    await expect(
      em.transactional(async () => {
        actor.user.displayName = 'Rolled Back';
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    // Read again outside, the user is not the rolled-back entity, and flushing the request writes nothing of it.
    expect(actor.user.displayName).not.toBe('Rolled Back');
    await em.flush();
    expect(await storedDisplayName()).toBe(before);
  });

  it('reads as the entity the request already holds, and flushes changes made outside a transaction', async () => {
    const { em, actor } = await cachedActor();
    expect(actor.user).toBe(actor.user);
    actor.user.displayName = 'Changed Outside';
    await em.flush();
    expect(await storedDisplayName()).toBe('Changed Outside');
  });

  it('shares a permission set nobody can widen', async () => {
    const { actor } = await cachedActor();
    const permissions = actor.permissions as Set<string>;
    expect(() => permissions.add('SECRETS_READ_VALUES')).toThrow(TypeError);
    expect(() => permissions.delete('USERS_READ')).toThrow(TypeError);
    expect(() => permissions.clear()).toThrow(TypeError);
    const { actor: next } = await cachedActor();
    expect([...next.permissions].sort()).toEqual([...actor.permissions].sort());
  });
});
