import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAlertCircle,
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleX,
  IconDeviceFloppy,
  IconInfoCircle,
  IconLogin2,
  IconPlugConnected,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { CatalogFieldInput } from '../../components/catalog-field-input';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { RelativeTime } from '../../components/relative-time';
import { useHasPermission } from '../../components/viewer-context';
import {
  useConnectionSecretKeysQuery,
  useSaveConnectionCredentialsMutation,
  useStartConnectionOAuthMutation,
  useTestConnectionMutation,
  type ConnectionDetailsFieldsFragment,
  type ConnectionEnvironmentFieldsFragment,
  type CredentialFieldFieldsFragment,
  type TestConnectionMutation,
} from '../../graphql/generated';
import { navigateTo } from './browser-navigation';
import {
  credentialFieldFromServer,
  credentialPayload,
  credentialProblems,
  credentialRowDefaults,
  type CredentialRowValues,
} from './credential-form';

type TestResult = TestConnectionMutation['testConnection'];

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

interface CredentialRowProps {
  connectionId: string;
  environment: ConnectionEnvironmentFieldsFragment;
  fields: readonly CredentialFieldFieldsFragment[];
  secretKeys: readonly string[] | undefined;
  canManage: boolean;
}

/** One environment: its own form, its own Save Credentials and Test connection. */
function CredentialRow({ connectionId, environment, fields, secretKeys, canManage }: CredentialRowProps) {
  const [saveCredentials] = useSaveConnectionCredentialsMutation();
  const [testConnection, testState] = useTestConnectionMutation();
  const [startOAuth, oauthState] = useStartConnectionOAuthMutation();
  const [testResult, setTestResult] = useState<TestResult | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [oauthError, setOAuthError] = useState<string | null>(null);
  const usesOAuth = environment.authType === 'OAUTH2';
  const {
    control,
    handleSubmit,
    setError,
    reset,
    formState: { isSubmitting, isDirty },
  } = useForm<CredentialRowValues>({ defaultValues: credentialRowDefaults(fields, environment) });

  const onSubmit = handleSubmit(async (values) => {
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

  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label={`${environment.name} credentials`}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="sm">
          <Group justify="space-between" wrap="nowrap">
            <Group gap="sm">
              <Title order={4}>{environment.name}</Title>
              {environment.configured ? (
                <Badge color="teal" variant="light" radius="sm">
                  Configured
                </Badge>
              ) : (
                <Badge color="gray" variant="light" radius="sm">
                  Not configured
                </Badge>
              )}
            </Group>
            {environment.updatedAt ? (
              <Text size="xs" c="dimmed">
                Updated <RelativeTime value={environment.updatedAt} size="xs" />
                {environment.updatedBy ? ` by ${environment.updatedBy.displayName}` : ''}
              </Text>
            ) : null}
          </Group>

          {environment.missingSecrets.length > 0 ? (
            <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Missing secret values" role="alert">
              {environment.missingSecrets.map((key) => `@@SECRET:${key}@@`).join(', ')}{' '}
              {environment.missingSecrets.length === 1 ? 'has' : 'have'} no value in {environment.name}. Workflows running in{' '}
              {environment.name} will fail until the secret gets a value there.
            </Alert>
          ) : null}

          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
            {fields.map((field) => (
              <Controller
                key={field.key}
                control={control}
                name={field.key}
                render={({ field: input, fieldState }) => (
                  <CatalogFieldInput
                    field={field}
                    value={input.value}
                    onChange={input.onChange}
                    error={fieldState.error?.message}
                    stored={field.secret && environment.secretFieldsSet.includes(field.key)}
                    secretKeys={secretKeys}
                    disabled={!canManage}
                  />
                )}
              />
            ))}
          </SimpleGrid>

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

          <Group justify="flex-end" gap="sm">
            {usesOAuth && environment.tokenExpiresAt ? (
              <Text size="xs" c="dimmed">
                Access token expires <RelativeTime value={environment.tokenExpiresAt} size="xs" />
              </Text>
            ) : null}
            {usesOAuth && canManage ? (
              <Button
                variant="light"
                leftSection={<IconLogin2 size={16} />}
                loading={oauthState.loading}
                disabled={isDirty}
                title={isDirty ? 'Save your changes first' : undefined}
                onClick={() => void connectWithOAuth()}
                aria-label={`Connect ${environment.name} with OAuth2`}
              >
                Connect with OAuth2
              </Button>
            ) : null}
            <Button
              variant="default"
              leftSection={<IconPlugConnected size={16} />}
              loading={testState.loading}
              disabled={!environment.configured || isDirty}
              title={!environment.configured ? 'Save credentials first' : isDirty ? 'Save your changes first' : undefined}
              onClick={() => void runTest()}
              aria-label={`Test connection in ${environment.name}`}
            >
              Test connection
            </Button>
            {canManage ? (
              <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={isSubmitting} aria-label={`Save ${environment.name} credentials`}>
                Save Credentials
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

interface CredentialsGridProps {
  connection: ConnectionDetailsFieldsFragment;
}

/** Step 2 of the wizard: a row per organization environment with the catalog's credential fields. */
export function CredentialsGrid({ connection }: CredentialsGridProps) {
  const canReadSecrets = useHasPermission('SECRETS_READ');
  const secrets = useConnectionSecretKeysQuery({ skip: !canReadSecrets });
  const secretKeys = canReadSecrets ? (secrets.data?.secrets.edges.map((edge) => edge.node.key) ?? []) : undefined;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Enter the credentials per environment and save each row. You can configure one environment now and the others later.
        {canReadSecrets ? ' Use the key button to reference an organization secret as @@SECRET:KEY@@ instead of pasting a raw value.' : ''}
      </Text>
      {connection.environments.every((environment) => environment.fields.length === 0) ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
          {connection.integration.name} needs no credentials: its configuration is complete on the integration.
        </Alert>
      ) : null}
      {connection.environments.map((environment) => (
        <CredentialRow
          key={environment.environment}
          connectionId={connection.id}
          environment={environment}
          fields={environment.fields}
          secretKeys={secretKeys}
          canManage={connection.canManage}
        />
      ))}
    </Stack>
  );
}
