import { Checkbox, Stack, Text } from '@mantine/core';

export interface RoleOption {
  id: string;
  name: string;
  description: string;
  builtIn: boolean;
  permissions: readonly string[];
}

/** Nobody grants (or takes away) a role with permissions they do not hold; the server enforces the same rule. */
export function canAssignRole(viewerPermissions: readonly string[], role: Pick<RoleOption, 'permissions'>): boolean {
  return role.permissions.every((permission) => viewerPermissions.includes(permission));
}

/** What a new user starts with: the built-in Member role, when the viewer may hand it out. */
export function defaultRoleIds(roles: readonly RoleOption[], viewerPermissions: readonly string[]): string[] {
  const member = roles.find((role) => role.builtIn && role.name === 'Member' && canAssignRole(viewerPermissions, role));
  return member ? [member.id] : [];
}

interface RoleCheckboxesProps {
  roles: readonly RoleOption[];
  value: string[];
  onChange: (value: string[]) => void;
  viewerPermissions: readonly string[];
  label: string;
  description?: string;
  error?: string;
}

/** One checkbox per role, with its description; roles the viewer cannot assign are shown but locked. */
export function RoleCheckboxes({ roles, value, onChange, viewerPermissions, label, description, error }: RoleCheckboxesProps) {
  return (
    <Checkbox.Group label={label} description={description} value={value} onChange={onChange} error={error} withAsterisk>
      <Stack gap="xs" mt="xs">
        {roles.map((role) => {
          const assignable = canAssignRole(viewerPermissions, role);
          return (
            <Checkbox
              key={role.id}
              value={role.id}
              disabled={!assignable}
              label={role.name}
              description={
                <Text component="span" size="xs" c="dimmed">
                  {role.description || `${role.permissions.length} permissions`}
                  {assignable ? '' : ' — includes permissions you do not have'}
                </Text>
              }
            />
          );
        })}
      </Stack>
    </Checkbox.Group>
  );
}
