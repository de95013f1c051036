import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122222205_Initial } from './Migration20261122222205_Initial';
import { Migration20261122223442_Secrets } from './Migration20261122223442_Secrets';
import { Migration20261122223459_UsersAndRoles } from './Migration20261122223459_UsersAndRoles';
import { Migration20261122223937_ApiKeys } from './Migration20261122223937_ApiKeys';
import { Migration20261122231600_IntegrationsAndConnections } from './Migration20261122231600_IntegrationsAndConnections';
import { Migration20261122234357_ConnectionOAuth } from './Migration20261122234357_ConnectionOAuth';
import { Migration20261201203247_SecretUsePolicy } from './Migration20261201203247_SecretUsePolicy';
import { Migration20261201212821_OrganizationsAndMemberships } from './Migration20261201212821_OrganizationsAndMemberships';
import { Migration20261201212918_ConnectionLastTest } from './Migration20261201212918_ConnectionLastTest';
import { Migration20261201232306_SsoProviders } from './Migration20261201232306_SsoProviders';
import { Migration20261201232319_ConnectionOAuthIdentity } from './Migration20261201232319_ConnectionOAuthIdentity';
import { Migration20261201232609_AuthorityVersion } from './Migration20261201232609_AuthorityVersion';

/** Every committed migration, in order. `pnpm --filter @keyward/server migration:create` adds to it. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122222205_Initial', class: Migration20261122222205_Initial },
  { name: 'Migration20261122223442_Secrets', class: Migration20261122223442_Secrets },
  { name: 'Migration20261122223459_UsersAndRoles', class: Migration20261122223459_UsersAndRoles },
  { name: 'Migration20261122223937_ApiKeys', class: Migration20261122223937_ApiKeys },
  { name: 'Migration20261122231600_IntegrationsAndConnections', class: Migration20261122231600_IntegrationsAndConnections },
  { name: 'Migration20261122234357_ConnectionOAuth', class: Migration20261122234357_ConnectionOAuth },
  { name: 'Migration20261201203247_SecretUsePolicy', class: Migration20261201203247_SecretUsePolicy },
  { name: 'Migration20261201212821_OrganizationsAndMemberships', class: Migration20261201212821_OrganizationsAndMemberships },
  { name: 'Migration20261201212918_ConnectionLastTest', class: Migration20261201212918_ConnectionLastTest },
  { name: 'Migration20261201232306_SsoProviders', class: Migration20261201232306_SsoProviders },
  { name: 'Migration20261201232319_ConnectionOAuthIdentity', class: Migration20261201232319_ConnectionOAuthIdentity },
  { name: 'Migration20261201232609_AuthorityVersion', class: Migration20261201232609_AuthorityVersion },
];
