import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Organization } from '../modules/organizations/organization.entity';
import { Role } from '../modules/roles/role.entity';
import { SetupToken } from '../modules/setup/setup-token.entity';
import { Invitation } from '../modules/users/invitation.entity';
import { Membership } from '../modules/users/membership.entity';
import { User } from '../modules/users/user.entity';
import { Session } from '../modules/auth/session.entity';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { ApiKeyUsage } from '../modules/api-keys/api-key-usage.entity';
import { Secret } from '../modules/secrets/secret.entity';
import { SecretReference } from '../modules/secrets/secret-reference.entity';
import { SecretValue } from '../modules/secrets/secret-value.entity';
import { Integration, IntegrationConfig, IntegrationVersion } from '../modules/integrations/integration.entity';
import { Connection, ConnectionShare, Credential } from '../modules/connections/connection.entity';
import { ConnectionOAuthState } from '../modules/connections/connection-oauth.entity';
import { AuthorityVersion } from '../authority/authority-version.entity';
import { SsoIdentity } from '../modules/sso/sso-identity.entity';
import { SsoLogin } from '../modules/sso/sso-login.entity';
import { SsoProvider } from '../modules/sso/sso-provider.entity';

/** Every entity, listed explicitly so discovery works the same under tsx, vitest and tsc. */
export const ENTITIES = [Organization, User, Membership, Role, Session, AuditEvent, SetupToken, Secret, SecretValue, SecretReference, Invitation, ApiKey, ApiKeyUsage, Integration, IntegrationConfig, IntegrationVersion, Connection, ConnectionShare, Credential, ConnectionOAuthState, SsoProvider, SsoIdentity, SsoLogin, AuthorityVersion];
