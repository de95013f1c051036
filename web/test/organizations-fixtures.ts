import type { OrganizationRowFieldsFragment, ViewerOrganizationsQuery } from '../src/graphql/generated';
import { organization } from './fixtures';

type Typed<T> = T & { __typename: 'OrganizationSummary' };

/** A row of Administration → Organizations, typed by the operation that reads it. */
export function organizationRow(overrides: Partial<OrganizationRowFieldsFragment> = {}): Typed<OrganizationRowFieldsFragment> {
  return {
    __typename: 'OrganizationSummary',
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    createdAt: '2026-03-14T09:00:00.000Z',
    memberCount: 12,
    apiKeyCount: 3,
    current: true,
    ...overrides,
  };
}

type SwitcherEntry = ViewerOrganizationsQuery['organizations'][number];

/** An entry of the viewer's organizations (switcher and shareable links). */
export function viewerOrganization(overrides: Partial<SwitcherEntry> = {}): Typed<SwitcherEntry> {
  return {
    __typename: 'OrganizationSummary',
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    current: true,
    viewerMembershipStatus: 'ACTIVE',
    ...overrides,
  };
}

/** What names an organization, in every operation that returns one. */
export type OrganizationIdentity = Pick<OrganizationRowFieldsFragment, 'id' | 'name' | 'slug'>;

/** A second organization's identity, to spread into any of the fixtures above. */
export const otherOrganization: OrganizationIdentity = { id: 'org_2', name: 'Globex Research', slug: 'globex' };
