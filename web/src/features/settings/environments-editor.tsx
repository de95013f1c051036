import { ENVIRONMENT_SLUG_RULE, MAX_ENVIRONMENTS } from '@keyward/shared/organization-settings';
import { ActionIcon, Button, Group, Paper, Stack, Table, Text, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { SettingsFormInput } from './settings-schema';

function rowName(name: string | undefined, index: number): string {
  const trimmed = name?.trim() ?? '';
  return trimmed.length > 0 ? trimmed : `environment ${index + 1}`;
}

/** The ordered list of environments: the order here is the order shown everywhere else. */
export function EnvironmentsEditor({ readOnly }: { readOnly: boolean }) {
  const {
    control,
    register,
    formState: { errors },
  } = useFormContext<SettingsFormInput>();
  const { fields, append, remove, swap } = useFieldArray({ control, name: 'environments' });
  const watched = useWatch({ control, name: 'environments' });
  const listError = errors.environments?.root?.message ?? errors.environments?.message;
  const full = fields.length >= MAX_ENVIRONMENTS;

  return (
    <Stack gap="sm">
      {fields.length === 0 ? (
        <Paper withBorder radius="md" p="lg" bg="var(--mantine-color-gray-0)">
          <Text size="sm" c="dimmed" ta="center">
            No environments. Add at least one: secrets and connection credentials are stored per environment.
          </Text>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={520} type="native">
          <Table verticalSpacing="xs" horizontalSpacing="sm" aria-label="Environments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>#</Table.Th>
                <Table.Th>Slug</Table.Th>
                <Table.Th>Name</Table.Th>
                {readOnly ? null : (
                  <Table.Th w={120}>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {fields.map((field, index) => {
                const label = rowName(watched[index]?.name, index);
                const rowErrors = errors.environments?.[index];
                return (
                  <Table.Tr key={field.id}>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {index + 1}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <TextInput
                        aria-label={`Slug of environment ${index + 1}`}
                        placeholder="production"
                        ff="monospace"
                        disabled={readOnly}
                        error={rowErrors?.slug?.message}
                        {...register(`environments.${index}.slug`)}
                      />
                    </Table.Td>
                    <Table.Td style={{ verticalAlign: 'top' }}>
                      <TextInput
                        aria-label={`Name of environment ${index + 1}`}
                        placeholder="Production"
                        disabled={readOnly}
                        error={rowErrors?.name?.message}
                        {...register(`environments.${index}.name`)}
                      />
                    </Table.Td>
                    {readOnly ? null : (
                      <Table.Td style={{ verticalAlign: 'top' }}>
                        <Group gap={4} wrap="nowrap" pt={4}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`Move ${label} up`}
                            disabled={index === 0}
                            onClick={() => swap(index, index - 1)}
                          >
                            <IconArrowUp size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            aria-label={`Move ${label} down`}
                            disabled={index === fields.length - 1}
                            onClick={() => swap(index, index + 1)}
                          >
                            <IconArrowDown size={16} />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={`Remove ${label}`}
                            onClick={() => remove(index)}
                          >
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {listError ? (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      ) : null}
      <Group justify="space-between" align="center">
        <Text size="xs" c="dimmed">
          Slugs: {ENVIRONMENT_SLUG_RULE}.
        </Text>
        {readOnly ? null : (
          <Tooltip label={`At most ${MAX_ENVIRONMENTS} environments`} disabled={!full}>
            <Button
              variant="light"
              size="xs"
              leftSection={<IconPlus size={14} />}
              disabled={full}
              onClick={() => append({ slug: '', name: '' })}
            >
              Add environment
            </Button>
          </Tooltip>
        )}
      </Group>
    </Stack>
  );
}
