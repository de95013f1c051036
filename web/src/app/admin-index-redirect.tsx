import { EmptyState, Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Navigate, useLocation } from 'react-router';
import { useViewer } from '../components/viewer-context';
import { visibleAdminNavigation } from './admin-navigation';

/** /admin opens the first administration page the viewer may see, with the same query (a shared link's `?org=`). */
export function AdminIndexRedirect() {
  const viewer = useViewer();
  const { search } = useLocation();
  const first = visibleAdminNavigation(viewer)[0]?.items[0];
  if (first) return <Navigate to={{ pathname: first.to, search }} replace />;
  return (
    <Paper withBorder radius="md" py={64} px="xl">
      <EmptyState
        icon={<IconLock stroke={1.5} />}
        withIndicatorBackground
        title="No administration access"
        description="Your roles do not include any administration area. Ask an organization admin if you need one."
      />
    </Paper>
  );
}
