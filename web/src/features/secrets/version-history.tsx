import { Button, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { graphqlErrorMessage } from '../../components/graphql-errors';
import { RelativeTime } from '../../components/relative-time';
import type { SecretDetailsQuery, SecretVersionFieldsFragment } from '../../graphql/generated';
import { useRestoreSecretVersionMutation } from './secrets.generated';
import type { OrgEnvironment } from './secret-form';

type SecretDetails = NonNullable<SecretDetailsQuery['secret']>;

function changeLabel(version: SecretVersionFieldsFragment): string {
  switch (version.change) {
    case 'SET':
      return version.version === 1 ? 'Value added' : 'Value set';
    case 'RESTORED':
      return `Restored version ${version.restoredFrom ?? '?'}`;
    case 'REMOVED':
      return 'Value removed';
  }
}

interface VersionHistoryProps {
  secret: SecretDetails;
  environments: readonly OrgEnvironment[];
  /** Why restoring is not possible right now (e.g. unsaved edits), or null. */
  disabledReason: string | null;
}

/** Every change of every environment (who and when, never the value), with restore. */
export function VersionHistory({ secret, environments, disabledReason }: VersionHistoryProps) {
  const [restore] = useRestoreSecretVersionMutation({ refetchQueries: ['Secrets'] });
  const [restoring, setRestoring] = useState<string | null>(null);
  const name = (slug: string) => environments.find((environment) => environment.slug === slug)?.name ?? slug;
  const order = (slug: string) => {
    const index = environments.findIndex((environment) => environment.slug === slug);
    return index === -1 ? environments.length : index;
  };
  const versions = [...secret.versions].sort(
    (a, b) => order(a.environment) - order(b.environment) || b.version - a.version,
  );

  async function restoreVersion(version: SecretVersionFieldsFragment) {
    const id = `${version.environment}:${version.version}`;
    setRestoring(id);
    try {
      const { data } = await restore({
        variables: { key: secret.key, environment: version.environment, version: version.version },
      });
      const now = data?.restoreSecretVersion.environments.find((value) => value.environment === version.environment);
      notifications.show({
        color: 'teal',
        title: 'Version restored',
        message: `${name(version.environment)} now has the value of version ${version.version}${now ? ` (as version ${now.version})` : ''}.`,
      });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Version not restored', message: graphqlErrorMessage(error) });
    } finally {
      setRestoring(null);
    }
  }

  return (
    <Stack gap="xs">
      <Title order={5}>
        <IconHistory size={16} style={{ verticalAlign: -2, marginRight: 6 }} />
        Version history
      </Title>
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No versions yet.
        </Text>
      ) : (
        <Table striped withTableBorder fz="sm" aria-label="Version history">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Environment</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>Change</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>When</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => {
              const id = `${version.environment}:${version.version}`;
              const restorable = !version.current && version.change !== 'REMOVED';
              return (
                <Table.Tr key={id}>
                  <Table.Td>{name(version.environment)}</Table.Td>
                  <Table.Td>
                    {version.version}
                    {version.current ? (
                      <Text span size="xs" c="teal" ml={6}>
                        current
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{changeLabel(version)}</Table.Td>
                  <Table.Td>{version.createdBy ?? '—'}</Table.Td>
                  <Table.Td>
                    <RelativeTime value={version.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    {restorable ? (
                      <Tooltip label={disabledReason} disabled={disabledReason === null}>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          disabled={disabledReason !== null || (restoring !== null && restoring !== id)}
                          loading={restoring === id}
                          onClick={() => void restoreVersion(version)}
                          aria-label={`Restore version ${version.version} of ${name(version.environment)}`}
                        >
                          Restore
                        </Button>
                      </Tooltip>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
