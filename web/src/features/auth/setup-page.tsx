import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconLinkOff } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { QueryError } from '../../components/query-error';
import { useSetupStatusQuery } from './auth.generated';
import { AuthCard } from './auth-card';
import { SetupForm } from './setup-form';

function SetupStatusGate({ token }: { token: string }) {
  const { data, error, loading, refetch } = useSetupStatusQuery({ fetchPolicy: 'network-only' });

  if (loading && !data) {
    return (
      <AuthCard title="Set up Keyward">
        <Stack gap="md" aria-busy="true" aria-label="Checking setup status">
          <Skeleton h={36} />
          <Skeleton h={36} />
          <Skeleton h={36} />
          <Skeleton h={36} w="60%" />
        </Stack>
      </AuthCard>
    );
  }

  if (error || !data) {
    return (
      <AuthCard title="Set up Keyward">
        <QueryError error={error} what="the setup status" onRetry={() => void refetch()} />
      </AuthCard>
    );
  }

  if (!data.setupStatus.needsFirstAdmin) {
    return (
      <AuthCard title="Keyward is already set up">
        <Stack gap="md">
          <Alert color="teal" icon={<IconCircleCheck size={18} />}>
            This installation already has an administrator. The setup link only works once.
          </Alert>
          <Button component={Link} to="/login" fullWidth>
            Go to sign in
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Set up Keyward"
      subtitle="Create the organization and its first administrator. You will be signed in right away."
      width={480}
    >
      <SetupForm token={token} />
    </AuthCard>
  );
}

/** /setup?token=… — the one-time link the server prints when it starts without an administrator. */
export function SetupPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token');

  if (!token) {
    return (
      <AuthCard title="Set up Keyward">
        <Stack gap="md">
          <Alert color="yellow" icon={<IconLinkOff size={18} />} title="This link has no setup token">
            <Text size="sm">
              Open the one-time setup link that the Keyward server printed to its log when it first started.
            </Text>
          </Alert>
          <Button component={Link} to="/login" variant="light" fullWidth>
            Go to sign in
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  return <SetupStatusGate token={token} />;
}
