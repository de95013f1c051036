import { ALL_PERMISSIONS, PERMISSIONS, type Permission } from '@keyward/shared/permissions';
import { registerEnumType } from 'type-graphql';

/** The catalog's permissions as a GraphQL enum; the catalog is the only source of names. */
export const PermissionEnum = Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, p])) as { [K in Permission]: K };

registerEnumType(PermissionEnum, {
  name: 'Permission',
  description: 'A permission from the Keyward catalog.',
  valuesConfig: Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, { description: PERMISSIONS[p].label }])),
});
