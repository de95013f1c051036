import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  type MantineColor,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { QueryError } from '../../components/query-error';
import { RelativeTime } from '../../components/relative-time';
import type { IntegrationCardFieldsFragment, IntegrationVersionStatus } from '../../graphql/generated';
import { useCreateIntegrationVersionMutation, useIntegrationDetailsQuery, useSetIntegrationVersionStatusMutation } from './integrations.generated';

const STATUS_LABELS: Record<IntegrationVersionStatus, { label: string; color: MantineColor }> = {
  DRAFT: { label: 'Draft', color: 'gray' },
  ACTIVE: { label: 'Active', color: 'teal' },
  DEPRECATED: { label: 'Deprecated', color: 'orange' },
};
const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as IntegrationVersionStatus[]).map((status) => ({
  value: status,
  label: STATUS_LABELS[status].label,
}));

interface ManageVersionsDialogProps {
  integration: IntegrationCardFieldsFragment | null;
  onClose: () => void;
}

/** The version history of an integration; one version is Active at a time. */
export function ManageVersionsDialog({ integration, onClose }: ManageVersionsDialogProps) {
  return (
    <Modal opened={integration !== null} onClose={onClose} title={integration ? `Versions of ${integration.name}` : 'Versions'} size="lg" centered>
      {integration ? <VersionsBody integrationId={integration.id} canManage={integration.canManage} /> : null}
    </Modal>
  );
}

interface NewVersionValues {
  label: string;
  specUrl: string;
  status: IntegrationVersionStatus;
}

function VersionsBody({ integrationId, canManage }: { integrationId: string; canManage: boolean }) {
  const { data, error, loading, refetch } = useIntegrationDetailsQuery({ variables: { id: integrationId } });
  const [setStatus] = useSetIntegrationVersionStatusMutation();
  const [createVersion] = useCreateIntegrationVersionMutation();
  const [statusError, setStatusError] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<NewVersionValues>({ defaultValues: { label: '', specUrl: '', status: 'DRAFT' } });

  if (error) return <QueryError error={error} what="versions" onRetry={() => void refetch()} />;
  if (loading || !data) {
    return (
      <Stack gap="sm" aria-busy="true">
        <Skeleton h={28} />
        <Skeleton h={28} />
      </Stack>
    );
  }
  const versions = data.integration.versions;

  async function changeStatus(versionId: string, status: IntegrationVersionStatus) {
    setStatusError(null);
    setPending(versionId);
    try {
      await setStatus({ variables: { id: versionId, status } });
    } catch (failure) {
      setStatusError(graphqlErrorMessage(failure));
    } finally {
      setPending(null);
    }
  }

  const onAdd = handleSubmit(async (values) => {
    try {
      await createVersion({
        variables: {
          integrationId,
          input: { label: values.label.trim(), specUrl: values.specUrl.trim() || null, status: values.status },
        },
      });
      // Every field back to blank: the next version starts without this one's specification URL.
      reset({ label: '', specUrl: '', status: 'DRAFT' });
    } catch (failure) {
      const problems = graphqlFieldErrors(failure);
      if (problems.length === 0) {
        setError('root', { message: graphqlErrorMessage(failure) });
        return;
      }
      for (const problem of problems) {
        const key = problem.field.replace(/^input\./, '');
        if (key === 'label' || key === 'specUrl' || key === 'status') setError(key, { message: problem.message });
        else setError('root', { message: problem.message });
      }
    }
  });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Only one version is Active at a time; making another version Active replaces it. Versions matter most for REST APIs linked to a
        versioned OpenAPI document.
      </Text>
      {versions.length === 0 ? (
        <Paper withBorder radius="md" p="md">
          <Text size="sm" c="dimmed" ta="center">
            No versions yet.
          </Text>
        </Paper>
      ) : (
        <Table aria-label="Versions" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Specification</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((version) => (
              <Table.Tr key={version.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {version.label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed" lineClamp={1} maw={200}>
                    {version.specUrl ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RelativeTime value={version.createdAt} />
                </Table.Td>
                <Table.Td>
                  {canManage ? (
                    <NativeSelect
                      size="xs"
                      aria-label={`Status of ${version.label}`}
                      data={STATUS_OPTIONS}
                      value={version.status}
                      disabled={pending !== null}
                      onChange={(event) => void changeStatus(version.id, event.currentTarget.value as IntegrationVersionStatus)}
                    />
                  ) : (
                    <Badge color={STATUS_LABELS[version.status].color} variant="light" radius="sm">
                      {STATUS_LABELS[version.status].label}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {statusError ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title="Status not changed" role="alert">
          {statusError}
        </Alert>
      ) : null}
      {canManage ? (
        <form onSubmit={(event) => void onAdd(event)} noValidate aria-label="Add version">
          <Paper withBorder radius="md" p="sm">
            <Stack gap="xs">
              <Text size="sm" fw={500}>
                Add a version
              </Text>
              <Group align="flex-start" gap="sm" grow>
                <TextInput
                  label="Version"
                  placeholder="v2"
                  withAsterisk
                  error={errors.label?.message}
                  {...register('label', { validate: (value) => (value.trim() === '' ? 'Enter a version label.' : true) })}
                />
                <TextInput label="Specification URL" placeholder="https://…/openapi.json" error={errors.specUrl?.message} {...register('specUrl')} />
                <NativeSelect label="Status" data={STATUS_OPTIONS} error={errors.status?.message} {...register('status')} />
              </Group>
              {errors.root ? (
                <Text size="xs" c="red" role="alert">
                  {errors.root.message}
                </Text>
              ) : null}
              <Group justify="flex-end">
                <Button type="submit" size="xs" loading={isSubmitting}>
                  Add version
                </Button>
              </Group>
            </Stack>
          </Paper>
        </form>
      ) : null}
    </Stack>
  );
}
