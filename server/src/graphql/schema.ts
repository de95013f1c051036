import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { InvitationAcceptanceResolver } from '../modules/auth/invitation-acceptance.resolver';
import { OrganizationResolver } from '../modules/organizations/organization.resolver';
import { OrganizationAdminResolver } from '../modules/tenancy/organization-admin.resolver';
import { SetupResolver } from '../modules/setup/setup.resolver';
import { SecretResolver } from '../modules/secrets/secret.resolver';
import { RoleResolver } from '../modules/roles/role.resolver';
import { UserResolver } from '../modules/users/user.resolver';
import { InvitationResolver } from '../modules/users/invitation.resolver';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver';
import { IntegrationResolver } from '../modules/integrations/integration.resolver';
import { ConnectionResolver } from '../modules/connections/connection.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { SsoResolver } from '../modules/sso/sso.resolver';
import { authChecker } from '../core/requires';
import { withRequiresDirective } from './requires-directive';

export const RESOLVERS = [AuthResolver, OrganizationResolver, OrganizationAdminResolver, SetupResolver, SecretResolver, RoleResolver, UserResolver, InvitationResolver, InvitationAcceptanceResolver, ApiKeyResolver, IntegrationResolver, ConnectionResolver, AuditResolver, SsoResolver] as const;

export async function buildKeywardSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    validate: false,
    emitSchemaFile: false,
  });
  return withRequiresDirective(schema);
}

/** The SDL committed as server/schema.graphql: sorted, with `@requires` on every protected field. */
export function printKeywardSchema(schema: GraphQLSchema): string {
  return `${printSchemaWithDirectives(lexicographicSortSchema(schema)).trim()}\n`;
}
