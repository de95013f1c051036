import { Alert, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck, IconCircleX, IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { RelativeTime } from '../../components/relative-time';
import type { ConnectionEnvironmentFieldsFragment, CredentialFieldFieldsFragment, TestConnectionMutation } from '../../graphql/generated';
import { useSaveConnectionCredentialsMutation, useStartConnectionOAuthMutation, useTestConnectionMutation } from './connections.generated';
import { navigateTo } from './browser-navigation';
import { OAuthStatus } from './oauth-status';
import {
  credentialFieldFromServer,
  credentialPayload,
  credentialProblems,
  credentialRowDefaults,
  type CredentialRowValues,
} from './credential-form';

type TestResult = TestConnectionMutation['testConnection'];

export interface CredentialRowProps {
  connectionId: string;
  environment: ConnectionEnvironmentFieldsFragment;
  fields: readonly CredentialFieldFieldsFragment[];
  secretKeys: readonly string[] | undefined;
  canManage: boolean;
}

/** One environment's form, Save, Test and Connect with OAuth2; the grid lays it out as a table row or a card. */
export function useCredentialRow({ connectionId, environment, fields }: CredentialRowProps) {
  const [saveCredentials] = useSaveConnectionCredentialsMutation();
  // The stored last result (cards and the grid's status) follows each test.
  const [testConnection, testState] = useTestConnectionMutation({ refetchQueries: ['ConnectionDetails', 'Connections'] });
  const [startOAuth, oauthState] = useStartConnectionOAuthMutation();
  const [testResult, setTestResult] = useState<TestResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [oauthError, setOAuthError] = useState<string | null>(null);
  const form = useForm<CredentialRowValues>({ defaultValues: credentialRowDefaults(fields, environment) });
  const { setError, reset } = form;

  const save = form.handleSubmit(async (values) => {
    setFormError(null);
    const local = credentialProblems(fields, values, environment.secretFieldsSet);
    if (local.length > 0) {
      local.forEach((problem, index) => setError(problem.field, { type: 'local', message: problem.message }, { shouldFocus: index === 0 }));
      return;
    }
    try {
      const { data } = await saveCredentials({
        variables: { connectionId, environment: environment.environment, fields: credentialPayload(fields, values) },
      });
      const saved = data?.saveConnectionCredentials.environments.find((row) => row.environment === environment.environment);
      // Secret fields go back to blank with the "stored" placeholder; the new values are kept on the server.
      reset(credentialRowDefaults(fields, saved ?? environment));
      setTestResult(null);
      notifications.show({ color: 'teal', title: 'Credentials saved', message: `${environment.name} credentials were saved.` });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      const unclaimed: string[] = [];
      problems.forEach((problem, index) => {
        const key = credentialFieldFromServer(problem.field, fields);
        if (key === null) unclaimed.push(problem.message);
        else setError(key, { type: 'server', message: problem.message }, { shouldFocus: index === 0 });
      });
      if (problems.length === 0) setFormError(graphqlErrorMessage(error));
      else if (unclaimed.length > 0) setFormError(unclaimed.join(' '));
    }
  });

  /** Sends the browser to the provider; it comes back to /connections?oauth=connected|failed. */
  async function connectWithOAuth() {
    setOAuthError(null);
    try {
      const { data } = await startOAuth({ variables: { connectionId, environment: environment.environment } });
      if (data) navigateTo(data.startConnectionOAuth.authorizationUrl);
    } catch (error) {
      setOAuthError(graphqlErrorMessage(error));
    }
  }

  async function runTest() {
    setTestResult(null);
    setFormError(null);
    try {
      const { data } = await testConnection({ variables: { connectionId, environment: environment.environment } });
      if (data) setTestResult(data.testConnection);
    } catch (error) {
      setFormError(graphqlErrorMessage(error));
    }
  }

  return { form, save, runTest, connectWithOAuth, testResult, testing: testState.loading, formError, oauthError, connecting: oauthState.loading };
}

export type CredentialRowState = ReturnType<typeof useCredentialRow>;

function TestOutcome({ result }: { result: TestResult }) {
  if (!result.available) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />} title="Test not available" role="status">
        {result.message}
      </Alert>
    );
  }
  return result.ok ? (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title="Connection works" role="status">
      {result.message}
    </Alert>
  ) : (
    <Alert color="red" variant="light" icon={<IconCircleX size={18} />} title="Connection failed" role="status">
      {result.message}
    </Alert>
  );
}

/** What a row reports below its fields: missing secret values, errors, the outcome of Test. Null when nothing. */
export function RowMessages({ environment, state }: { environment: ConnectionEnvironmentFieldsFragment; state: CredentialRowState }) {
  const { formError, oauthError, testResult } = state;
  if (environment.missingSecrets.length === 0 && !formError && !oauthError && !testResult) return null;
  return (
    <Stack gap="xs">
      {environment.missingSecrets.length > 0 ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Missing secret values" role="alert">
          {environment.missingSecrets.map((key) => `@@SECRET:${key}@@`).join(', ')}{' '}
          {environment.missingSecrets.length === 1 ? 'has' : 'have'} no value in {environment.name}. Workflows running in{' '}
          {environment.name} will fail until the secret gets a value there.
        </Alert>
      ) : null}
      {formError ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title={`${environment.name} not saved`} role="alert">
          {formError}
        </Alert>
      ) : null}
      {oauthError ? (
        <Alert color="red" icon={<IconAlertCircle size={18} />} title={`Could not connect ${environment.name} with OAuth2`} role="alert">
          {oauthError}
        </Alert>
      ) : null}
      {testResult ? <TestOutcome result={testResult} /> : null}
    </Stack>
  );
}

type LastTest = ConnectionEnvironmentFieldsFragment['lastTest'];

/** "Test passed 3 hours ago" / "Test failed …" with the stored message on hover; nothing before a first test. */
export function LastTestBadge({ lastTest }: { lastTest: LastTest | null | undefined }) {
  if (!lastTest) return null;
  return (
    <Group gap={4} wrap="wrap">
      <Tooltip label={lastTest.message} multiline maw={360} withArrow>
        <Badge color={lastTest.ok ? 'teal' : 'red'} variant="dot" radius="sm" tt="none" style={{ flexShrink: 0 }}>
          {lastTest.ok ? 'Test passed' : 'Test failed'}
        </Badge>
      </Tooltip>
      <RelativeTime value={lastTest.at} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} />
    </Group>
  );
}

/** Configured or not (OAuth2: connected or not), the last test, and who saved it when. */
export function RowStatus({ environment, withUpdated }: { environment: ConnectionEnvironmentFieldsFragment; withUpdated: boolean }) {
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        {environment.authType === 'OAUTH2' ? (
          <OAuthStatus environment={environment} />
        ) : environment.configured ? (
          <Badge color="teal" variant="light" radius="sm" style={{ flexShrink: 0 }}>
            Configured
          </Badge>
        ) : (
          <Badge color="gray" variant="light" radius="sm" style={{ flexShrink: 0 }}>
            Not configured
          </Badge>
        )}
      </Group>
      <LastTestBadge lastTest={environment.lastTest} />
      {withUpdated && environment.updatedAt ? (
        <Text size="xs" c="dimmed">
          Updated <RelativeTime value={environment.updatedAt} size="xs" />
          {environment.updatedBy ? ` by ${environment.updatedBy.displayName}` : ''}
        </Text>
      ) : null}
    </Stack>
  );
}
