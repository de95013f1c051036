import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor, RequestMeta, UserActor } from '../../core/actor';
import { badField, forbidden, notFound } from '../../core/errors';
import type { ApiKeyService } from '../api-keys/api-key.service';
import type { AuditService } from '../audit/audit.service';
import { permissionsOf, type SessionService } from '../auth/session.service';
import type { ConnectionService } from '../connections/connection.service';
import type { IntegrationService } from '../integrations/integration.service';
import type { RoleService } from '../roles/role.service';
import type { SecretReferenceService } from '../secrets/secret-reference.service';
import type { SecretService } from '../secrets/secret.service';
import type { MembershipStatus } from '../users/membership.entity';
import type { MembershipService } from '../users/membership.service';
import type { Organization } from '../organizations/organization.entity';
import type { OrganizationService } from '../organizations/organization.service';

export interface OrganizationSummary {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
  memberCount: number;
  apiKeyCount: number;
  current: boolean;
  viewerMembershipStatus: MembershipStatus | null;
}

export interface OrganizationInput {
  name?: string | null;
  slug?: string | null;
}

const SUPER_ADMINS_ONLY = 'Only a super admin can manage organizations.';

/**
 * The organizations a person can enter and, for super admins, creating, renaming and deleting
 * whole organizations. What belongs to an organization is removed through the owning modules'
 * services; the deletion is audited in a platform-level event (organization null) that outlives it.
 */
export class OrganizationAdminService {
  constructor(
    private readonly deps: {
      organizations: OrganizationService;
      memberships: MembershipService;
      sessions: SessionService;
      roles: RoleService;
      apiKeys: ApiKeyService;
      secrets: SecretService;
      secretReferences: SecretReferenceService;
      integrations: IntegrationService;
      connections: ConnectionService;
      audit: AuditService;
    },
  ) {}

  /** Super admins: every organization. Members: where they are ACTIVE or SUSPENDED. An API key: its own. */
  async list(em: EntityManager, actor: Actor): Promise<OrganizationSummary[]> {
    const statuses = actor.kind === 'user' ? await this.deps.memberships.statusesOf(em, actor.user.id) : new Map<string, MembershipStatus>();
    let organizations: Organization[];
    if (actor.kind === 'apiKey') organizations = await this.deps.organizations.list(em, [actor.organization.id]);
    else if (actor.user.isSuperAdmin) organizations = await this.deps.organizations.list(em);
    else organizations = await this.deps.organizations.list(em, [...statuses].filter(([, status]) => status !== 'INVITED').map(([id]) => id));
    return this.summaries(em, actor, organizations, statuses);
  }

  async create(em: EntityManager, actor: Actor, input: { name: string; slug?: string | null }, meta: RequestMeta): Promise<OrganizationSummary> {
    assertSuperAdmin(actor);
    const org = await em.transactional(async (tx) => {
      const created = await this.deps.organizations.create(tx, input.name, { slug: input.slug, nameField: 'name' });
      this.deps.audit.record(tx, meta, {
        organizationId: created.id,
        actor,
        action: 'organization.created',
        targetType: 'Organization',
        targetId: created.id,
        summary: `Created organization ${created.name} (${created.slug})`,
      });
      await tx.flush();
      return created;
    });
    return this.summary(em, actor, org);
  }

  async update(em: EntityManager, actor: Actor, id: string, input: OrganizationInput, meta: RequestMeta): Promise<OrganizationSummary> {
    assertSuperAdmin(actor);
    const org = await this.deps.organizations.get(em, id);
    const changed = await this.deps.organizations.rename(em, org, input);
    if (changed.length > 0) {
      this.deps.audit.record(em, meta, {
        organizationId: org.id,
        actor,
        action: 'organization.updated',
        targetType: 'Organization',
        targetId: org.id,
        summary: `Changed ${changed.join(', ')} of organization ${org.name} (${org.slug})`,
      });
      await em.flush();
    }
    return this.summary(em, actor, org);
  }

  /**
   * Deletes an organization and everything in it: memberships (accounts left without one go too,
   * except super admins'), API keys, secrets, integrations, connections, custom roles, sessions.
   * The confirmation must be the organization's exact name; the last organization stays. A super
   * admin deleting the organization they are in is moved to another one.
   */
  async delete(em: EntityManager, actor: Actor, id: string, confirmName: string, meta: RequestMeta): Promise<boolean> {
    const user = assertSuperAdmin(actor);
    const org = await this.deps.organizations.get(em, id);
    if (confirmName !== org.name) throw badField('confirmName', "Type the organization's name exactly to delete it.");
    await em.transactional(async (tx) => {
      const { organizations, memberships, sessions } = this.deps;
      const orgId = org.id;
      const landing = user.organization.id === orgId ? await this.landingFor(tx, user, orgId) : user.organization;
      const counts = {
        connections: await this.deps.connections.deleteAllForOrganization(tx, orgId),
        integrations: await this.deps.integrations.deleteAllForOrganization(tx, orgId),
        secrets: await this.deps.secrets.deleteAllForOrganization(tx, orgId),
        keys: await this.deps.apiKeys.deleteAllForOrganization(tx, orgId),
      };
      await this.deps.secretReferences.deleteAllForOrganization(tx, orgId);
      if (landing !== null && landing.id !== user.organization.id) await sessions.switchOrganization(tx, user.session, landing);
      await sessions.revokeAllForOrganization(tx, orgId);
      const removedAccounts = await memberships.removeAllFromOrganization(tx, orgId);
      await this.deps.roles.deleteAllForOrganization(tx, orgId);
      await organizations.remove(tx, org);
      const summary =
        `Deleted organization ${org.name} (${org.slug}) with ${counts.keys} API key(s), ${counts.secrets} secret(s), ` +
        `${counts.integrations} integration(s) and ${counts.connections} connection(s)` +
        (removedAccounts.length > 0 ? `; removed the accounts left without an organization: ${removedAccounts.join(', ')}` : '');
      const event = { actor, action: 'organization.deleted', targetType: 'Organization', targetId: orgId, summary: summary.slice(0, 1000) };
      this.deps.audit.record(tx, meta, { ...event, organizationId: null });
      if (landing !== null) this.deps.audit.record(tx, meta, { ...event, organizationId: landing.id });
      await tx.flush();
    });
    return true;
  }

  /**
   * Moves the session to another organization: one where the user is an ACTIVE member, or any for
   * a super admin. Returns the actor as it is there. An organization the user cannot see is NOT_FOUND.
   */
  async switchTo(em: EntityManager, actor: Actor, id: string, meta: RequestMeta): Promise<UserActor> {
    if (actor.kind !== 'user') throw forbidden('An API key stays in the organization it was created in.');
    const org = await this.deps.organizations.get(em, id);
    const membership = await this.deps.memberships.activeIn(em, actor.user.id, org.id);
    if (membership === null && !actor.user.isSuperAdmin) {
      const status = (await this.deps.memberships.statusesOf(em, actor.user.id)).get(org.id);
      if (status === 'SUSPENDED') throw forbidden(`Your access to ${org.name} is suspended. Ask an administrator there to enable it.`);
      throw notFound('Organization');
    }
    if (org.id !== actor.organization.id) {
      await this.deps.sessions.switchOrganization(em, actor.session, org);
      this.deps.audit.record(em, meta, {
        organizationId: org.id,
        actor,
        action: 'auth.organization_switched',
        targetType: 'Organization',
        targetId: org.id,
        summary: `Switched to ${org.name}${membership === null ? ' (super admin without a membership)' : ''}`,
      });
      await em.flush();
    }
    return { kind: 'user', user: actor.user, session: actor.session, organization: org, membership, permissions: permissionsOf(actor.user, membership) };
  }

  /** Where a super admin goes when the organization they are in is deleted. */
  private async landingFor(em: EntityManager, actor: UserActor, leaving: string): Promise<Organization | null> {
    const statuses = await this.deps.memberships.statusesOf(em, actor.user.id);
    const others = (await this.deps.organizations.list(em)).filter((o) => o.id !== leaving);
    return others.find((o) => statuses.get(o.id) === 'ACTIVE') ?? others[0] ?? null;
  }

  private async summary(em: EntityManager, actor: Actor, org: Organization): Promise<OrganizationSummary> {
    const statuses = actor.kind === 'user' ? await this.deps.memberships.statusesOf(em, actor.user.id) : new Map<string, MembershipStatus>();
    const [summary] = await this.summaries(em, actor, [org], statuses);
    if (summary === undefined) throw notFound('Organization');
    return summary;
  }

  private async summaries(em: EntityManager, actor: Actor, organizations: Organization[], statuses: Map<string, MembershipStatus>): Promise<OrganizationSummary[]> {
    const ids = organizations.map((o) => o.id);
    const members = await this.deps.memberships.countByOrganization(em, ids);
    const keys = await this.deps.apiKeys.countByOrganization(em, ids);
    return organizations.map((org) => ({
      id: org.id,
      name: org.name,
      slug: org.slug,
      createdAt: org.createdAt,
      memberCount: members.get(org.id) ?? 0,
      apiKeyCount: keys.get(org.id) ?? 0,
      current: org.id === actor.organization.id,
      viewerMembershipStatus: statuses.get(org.id) ?? null,
    }));
  }
}

function assertSuperAdmin(actor: Actor): UserActor {
  if (actor.kind !== 'user' || !actor.user.isSuperAdmin) throw forbidden(SUPER_ADMINS_ONLY);
  return actor;
}
