import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/actor';
import { badField, type FieldError } from '../../core/errors';
import type { Role } from '../roles/role.entity';
import type { SsoProviderDirectory, SsoProviderSummary } from './sso-providers';
import type { SignInMethod, User } from './user.entity';

/** How a new member will sign in: a password, or one of the organization's SSO providers. */
export type SignInChoice = { method: 'PASSWORD' } | { method: 'SSO'; provider: SsoProviderSummary };

/**
 * The sign-in method asked for: PASSWORD, or SSO with a provider of the actor's organization
 * whose allowed domains contain the email's (problems are collected).
 */
export async function signInChoice(
  directory: SsoProviderDirectory,
  em: EntityManager,
  actor: Actor,
  input: { email: string; signInMethod?: SignInMethod | null; ssoProvider?: string | null },
  problems: FieldError[],
): Promise<SignInChoice> {
  if ((input.signInMethod ?? 'PASSWORD') === 'PASSWORD') return { method: 'PASSWORD' };
  const providers = await directory.inOrganization(em, actor.organization.id);
  if (providers.length === 0) {
    problems.push({ field: 'signInMethod', message: 'No SSO provider is configured for this organization. Add one under Administration → Security → Single sign-on, or invite the user with a password.' });
    return { method: 'PASSWORD' };
  }
  const provider = providers.find((p) => p.id === input.ssoProvider);
  if (provider === undefined) {
    problems.push({ field: 'ssoProvider', message: `Choose one of this organization's SSO providers: ${providers.map((p) => p.displayName).join(', ')}.` });
    return { method: 'PASSWORD' };
  }
  const domain = input.email.trim().toLowerCase().split('@')[1] ?? '';
  if (!provider.allowedDomains.includes(domain)) {
    problems.push({ field: 'email', message: `${provider.displayName} only signs in emails at ${provider.allowedDomains.join(', ')}.` });
  }
  return { method: 'SSO', provider };
}

/** A super admin enters every organization: they sign in with a password, never through one organization's provider. */
export function assertSsoRoles(choice: SignInChoice, roles: Role[]): void {
  if (choice.method === 'SSO' && roles.some((r) => r.builtInKey === 'SUPER_ADMIN')) {
    throw badField('signInMethod', 'A super admin signs in with a password. Choose Password, or a role other than Super Admin.');
  }
}

/** An existing account joins with the sign-in it already has: a password account is not turned into an SSO one, nor the reverse. */
export function assertSameSignIn(existing: User, choice: SignInChoice): void {
  if (choice.method === 'SSO' && existing.signInMethod === 'PASSWORD') {
    throw badField('signInMethod', `${existing.email} already has a Keyward account that signs in with a password; invite them with Password.`);
  }
  if (choice.method === 'SSO' && existing.ssoProvider !== choice.provider.id) {
    throw badField('ssoProvider', `${existing.email} already has a Keyward account that signs in with another SSO provider.`);
  }
  if (choice.method === 'PASSWORD' && existing.signInMethod === 'SSO') {
    throw badField('signInMethod', `${existing.email} already has a Keyward account that signs in with SSO; it cannot join with a password.`);
  }
}
