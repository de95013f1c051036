import { ALL_PERMISSIONS, type Permission } from '@keyward/shared/permissions';
import type { OrganizationSettingsFieldsFragment, ViewerFieldsFragment } from '../src/graphql/generated';
import type { WithTypename } from './with-typename';

export const organization: WithTypename<OrganizationSettingsFieldsFragment> = {
  __typename: 'Organization',
  id: 'org_1',
  name: 'Acme Robotics',
  slug: 'acme-robotics',
  environments: [
    { __typename: 'Environment', slug: 'development', name: 'Development' },
    { __typename: 'Environment', slug: 'production', name: 'Production' },
  ],
  defaultRateLimit: { __typename: 'RateLimit', perMinute: 60, perHour: 1000 },
  rateLimitCeiling: { __typename: 'RateLimit', perMinute: 600, perHour: 20000 },
};

export function viewer(permissions: readonly Permission[] = ALL_PERMISSIONS): WithTypename<ViewerFieldsFragment> {
  return {
    __typename: 'Viewer',
    id: 'user_1',
    email: 'ada@acme.test',
    displayName: 'Ada Lovelace',
    isSuperAdmin: false,
    mustChangePassword: false,
    permissions,
    organization: { __typename: 'Organization', id: organization.id, name: organization.name, slug: organization.slug },
  };
}

export function graphQLError(message: string, extensions: Record<string, unknown>) {
  return { message, extensions };
}
