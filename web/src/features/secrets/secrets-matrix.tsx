import { Badge, Group, Paper, Stack, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCircleCheckFilled, IconCircleDashed } from '@tabler/icons-react';
import { RelativeTime } from '../../components/relative-time';
import type { SecretFieldsFragment } from '../../graphql/generated';
import type { OrgEnvironment } from './secret-form';

/** One cell: the current version and when it changed, or "Missing". */
function MatrixCell({ secret, environment }: { secret: SecretFieldsFragment; environment: OrgEnvironment }) {
  const value = secret.environments.find((v) => v.environment === environment.slug);
  if (!value) {
    return (
      <Group gap={6} wrap="nowrap" aria-label={`${secret.key} in ${environment.name}: missing`}>
        <IconCircleDashed size={16} color="var(--mantine-color-orange-6)" aria-hidden />
        <Text size="sm" c="orange.7">
          Missing
        </Text>
      </Group>
    );
  }
  return (
    <Stack gap={2} aria-label={`${secret.key} in ${environment.name}: set, version ${value.version}`}>
      <Group gap={6} wrap="nowrap">
        <IconCircleCheckFilled size={16} color="var(--mantine-color-teal-6)" aria-hidden />
        <Text size="sm">Set</Text>
        <Tooltip label={value.updatedBy ? `Version ${value.version}, by ${value.updatedBy}` : `Version ${value.version}`} withArrow>
          <Badge size="xs" variant="light" color="gray" radius="sm" tt="none">
            v{value.version}
          </Badge>
        </Tooltip>
      </Group>
      <RelativeTime value={value.updatedAt} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} />
    </Stack>
  );
}

/** Key × environment: a cell per environment, as Infisical shows it. Clicking a key opens its editor (for managers). */
export function SecretsMatrix({
  secrets,
  environments,
  busy,
  onOpen,
}: {
  secrets: readonly SecretFieldsFragment[];
  environments: readonly OrgEnvironment[];
  busy: boolean;
  /** Opens a secret; null when the viewer may not edit. */
  onOpen: ((key: string) => void) | null;
}) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={240 + environments.length * 150}>
        <Table verticalSpacing="sm" withColumnBorders highlightOnHover aria-label="Secrets by environment" aria-busy={busy}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Key</Table.Th>
              {environments.map((environment) => (
                <Table.Th key={environment.slug}>{environment.name}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {secrets.map((secret) => (
              <Table.Tr key={secret.id}>
                <Table.Th scope="row" fw={500}>
                  {onOpen ? (
                    <UnstyledButton onClick={() => onOpen(secret.key)} aria-label={`Edit ${secret.key}`}>
                      <Text ff="monospace" size="sm" fw={500} c="indigo.7">
                        {secret.key}
                      </Text>
                    </UnstyledButton>
                  ) : (
                    <Text ff="monospace" size="sm" fw={500}>
                      {secret.key}
                    </Text>
                  )}
                </Table.Th>
                {environments.map((environment) => (
                  <Table.Td key={environment.slug}>
                    <MatrixCell secret={secret} environment={environment} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
