import { PERMISSIONS } from '@keyward/shared/permissions';
import { Alert, Paper, Skeleton, Stack } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { IconEye } from '@tabler/icons-react';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useHasPermission } from '../../components/viewer-context';
import { useOrganizationSettingsQuery } from './settings.generated';
import { SettingsForm } from './settings-form';

function SettingsSkeleton() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading organization settings">
      {[120, 260, 200].map((height) => (
        <Paper withBorder radius="md" p="xl" key={height}>
          <Skeleton h={18} w={180} mb="md" />
          <Skeleton h={height - 60} />
        </Paper>
      ))}
    </Stack>
  );
}

export function SettingsPage() {
  const canManage = useHasPermission('SETTINGS_MANAGE');
  const { data, error, loading, refetch } = useOrganizationSettingsQuery();

  // The only page that opens a confirmation modal (@mantine/modals): it provides them itself, so
  // the signed-in layout does not load the modal code for every page.
  return (
    <ModalsProvider>
      <Stack gap={0} maw={1100}>
        <PageHeader
          title="Organization settings"
          description="The organization's name, its environments and the rate limits that apply to API keys."
        />
        {data ? (
          <Stack gap="lg">
            {canManage ? null : (
              <Alert color="gray" icon={<IconEye size={18} />} title="View only">
                Changing these settings needs the “{PERMISSIONS.SETTINGS_MANAGE.label}” permission.
              </Alert>
            )}
            {/* Keyed by id so a different organization starts a fresh form. */}
            <SettingsForm key={data.organization.id} organization={data.organization} readOnly={!canManage} />
          </Stack>
        ) : error ? (
          <QueryError error={error} what="organization settings" onRetry={() => void refetch()} />
        ) : loading ? (
          <SettingsSkeleton />
        ) : null}
      </Stack>
    </ModalsProvider>
  );
}
