import { Badge, MultiSelect, Radio, Stack, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { SecretUsePolicy } from '../../graphql/generated';
import { useSecretUseRoleOptionsQuery } from './secrets.generated';

interface UsePolicyFieldProps {
  policy: SecretUsePolicy;
  roleIds: readonly string[];
  onPolicyChange: (policy: SecretUsePolicy) => void;
  onRolesChange: (roleIds: string[]) => void;
  error?: string | undefined;
}

/** Who may use a secret through references: everyone in the organization, or holders of chosen roles. */
export function UsePolicyField({ policy, roleIds, onPolicyChange, onRolesChange, error }: UsePolicyFieldProps) {
  const { data, loading, error: loadError } = useSecretUseRoleOptionsQuery();
  const options = (data?.secretUseRoleOptions ?? []).map((role) => ({ value: role.id, label: role.name }));
  return (
    <Stack gap={6}>
      <Radio.Group
        label="Who may use it"
        description="Checked when someone saves a reference to it, and again every time a connection is resolved."
        value={policy}
        onChange={(value) => onPolicyChange(value === 'ROLES' ? 'ROLES' : 'EVERYONE')}
      >
        <Stack gap={6} mt={6}>
          <Radio value="EVERYONE" label="Everyone in the organization" />
          <Radio value="ROLES" label="Only these roles" />
        </Stack>
      </Radio.Group>
      {policy === 'ROLES' ? (
        <MultiSelect
          label="Roles that may use it"
          placeholder={loading ? 'Loading roles…' : 'Choose roles'}
          data={options}
          value={[...roleIds]}
          onChange={onRolesChange}
          searchable
          error={error ?? (loadError ? 'The roles could not be loaded.' : undefined)}
        />
      ) : null}
      {policy !== 'ROLES' && error ? (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The secrets list's marker for a secret only some roles may use. */
export function RestrictedBadge({ secretKey, roles }: { secretKey: string; roles: readonly { name: string }[] }) {
  const names = roles.map((role) => role.name).join(', ') || 'no role';
  return (
    <Tooltip label={`Only ${names} may use it`} withArrow>
      <Badge variant="light" color="orange" radius="sm" tt="none" leftSection={<IconLock size={12} />} aria-label={`${secretKey} is restricted to ${names}`}>
        Restricted
      </Badge>
    </Tooltip>
  );
}
