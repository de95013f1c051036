import { Alert, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDeviceFloppy, IconHelpCircle, IconInfoCircle, IconLogin2, IconPlugConnected } from '@tabler/icons-react';
import { Controller } from 'react-hook-form';
import { CatalogFieldInput } from '../../components/catalog-field-input';
import { RelativeTime } from '../../components/relative-time';
import { useHasPermission } from '../../components/viewer-context';
import type { ConnectionDetailsFieldsFragment, ConnectionEnvironmentFieldsFragment, CredentialFieldFieldsFragment } from '../../graphql/generated';
import { useConnectionSecretKeysQuery } from './connections.generated';
import { RowMessages, RowStatus, useCredentialRow, type CredentialRowProps, type CredentialRowState } from './credential-row';
import { DisconnectButton, isClientCredentials } from './oauth-status';

/** Wide enough for a column per field; below it the rows stack as cards. */
export const GRID_MEDIA_QUERY = '(min-width: 62em)';

interface RowActionsProps {
  connectionId: string;
  environment: ConnectionEnvironmentFieldsFragment;
  state: CredentialRowState;
  canManage: boolean;
  size: 'xs' | 'sm';
}

/**
 * Connect with OAuth2 and Disconnect (authorization_code), Test, Save. With client_credentials
 * there is nothing to connect or enter: Test requests a token.
 */
function RowActions({ connectionId, environment, state, canManage, size }: RowActionsProps) {
  const dirty = state.form.formState.isDirty;
  const clientCredentials = isClientCredentials(environment);
  const usesOAuth = environment.authType === 'OAUTH2' && !clientCredentials;
  const canTest = environment.configured || clientCredentials;
  return (
    <Group gap={6} justify={size === 'xs' ? 'flex-start' : 'flex-end'} wrap="wrap">
      {usesOAuth && canManage && environment.secretFieldsSet.includes('accessToken') ? <DisconnectButton connectionId={connectionId} environment={environment} size={size} /> : null}
      {usesOAuth && canManage ? (
        <Button
          size={size}
          variant="light"
          leftSection={<IconLogin2 size={14} />}
          loading={state.connecting}
          disabled={dirty}
          title={dirty ? 'Save your changes first' : undefined}
          onClick={() => void state.connectWithOAuth()}
          aria-label={`Connect ${environment.name} with OAuth2`}
        >
          {size === 'xs' ? 'OAuth2' : 'Connect with OAuth2'}
        </Button>
      ) : null}
      <Button
        size={size}
        variant="default"
        leftSection={<IconPlugConnected size={14} />}
        loading={state.testing}
        disabled={!canTest || dirty}
        title={!canTest ? 'Save credentials first' : dirty ? 'Save your changes first' : undefined}
        onClick={() => void state.runTest()}
        aria-label={clientCredentials ? `Request a token in ${environment.name}` : `Test connection in ${environment.name}`}
      >
        {clientCredentials ? 'Request token' : size === 'xs' ? 'Test' : 'Test connection'}
      </Button>
      {canManage && !clientCredentials ? (
        <Button
          size={size}
          leftSection={<IconDeviceFloppy size={14} />}
          loading={state.form.formState.isSubmitting}
          onClick={() => void state.save()}
          aria-label={`Save ${environment.name} credentials`}
        >
          {size === 'xs' ? 'Save' : 'Save Credentials'}
        </Button>
      ) : null}
    </Group>
  );
}

function FieldCell({ field, environment, state, secretKeys, canManage, compact }: CredentialRowProps & { field: CredentialFieldFieldsFragment; state: CredentialRowState; compact: boolean }) {
  return (
    <Controller
      control={state.form.control}
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
          compact={compact}
          labelPrefix={compact ? environment.name : undefined}
        />
      )}
    />
  );
}

function NeedsConfigurationHint({ environment, integrationName }: { environment: ConnectionEnvironmentFieldsFragment; integrationName: string }) {
  return (
    <Text size="sm" c="dimmed">
      {integrationName} has no configuration for {environment.name} yet: an integrations admin configures its {environment.name} tab
      (Administration → Integrations) first, then this row gets its credential fields.
    </Text>
  );
}

interface RowLayoutProps extends CredentialRowProps {
  columns: readonly CredentialFieldFieldsFragment[];
  integrationName: string;
  needsConfiguration: boolean;
}

/** A table row: the environment, a cell per column (blank where its configuration has no such field), status, actions. */
function TableRow(props: RowLayoutProps) {
  const { environment, columns, canManage, integrationName, needsConfiguration } = props;
  const state = useCredentialRow(props);
  const own = new Map(props.fields.map((field) => [field.key, field]));
  return (
    <>
      <Table.Tr aria-label={`${environment.name} credentials`}>
        <Table.Th scope="row" style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
          <Text fw={600} size="sm" mt={6}>
            {environment.name}
          </Text>
        </Table.Th>
        {needsConfiguration ? (
          <Table.Td colSpan={Math.max(columns.length, 1)}>
            <NeedsConfigurationHint environment={environment} integrationName={integrationName} />
          </Table.Td>
        ) : (
          columns.map((column) => {
            const field = own.get(column.key);
            return (
              <Table.Td key={column.key} style={{ verticalAlign: 'top' }}>
                {field ? <FieldCell {...props} field={field} state={state} compact /> : <Text c="dimmed" mt={6}>—</Text>}
              </Table.Td>
            );
          })
        )}
        <Table.Td style={stickyEnd}>
          <Stack gap={6}>
            <RowStatus environment={environment} withUpdated={false} />
            <RowActions connectionId={props.connectionId} environment={environment} state={state} canManage={canManage && !needsConfiguration} size="xs" />
          </Stack>
        </Table.Td>
      </Table.Tr>
      <RowMessagesRow environment={environment} state={state} span={columns.length + 2} />
    </>
  );
}

function RowMessagesRow({ environment, state, span }: { environment: ConnectionEnvironmentFieldsFragment; state: CredentialRowState; span: number }) {
  const messages = <RowMessages environment={environment} state={state} />;
  if (environment.missingSecrets.length === 0 && !state.formError && !state.oauthError && !state.testResult) return null;
  return (
    <Table.Tr aria-label={`${environment.name} messages`}>
      <Table.Td colSpan={span}>{messages}</Table.Td>
    </Table.Tr>
  );
}

/** The narrow-screen row: one card per environment with the fields stacked. */
function StackedRow(props: RowLayoutProps) {
  const { environment, fields, canManage, integrationName, needsConfiguration } = props;
  const state = useCredentialRow(props);
  return (
    <Paper component="section" withBorder radius="md" p="md" aria-label={`${environment.name} credentials`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" align="flex-start">
          <Title order={4}>{environment.name}</Title>
          <RowStatus environment={environment} withUpdated={false} />
        </Group>
        {environment.updatedAt ? (
          <Text size="xs" c="dimmed">
            Updated <RelativeTime value={environment.updatedAt} size="xs" />
            {environment.updatedBy ? ` by ${environment.updatedBy.displayName}` : ''}
          </Text>
        ) : null}
        {needsConfiguration ? <NeedsConfigurationHint environment={environment} integrationName={integrationName} /> : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {fields.map((field) => (
            <FieldCell key={field.key} {...props} field={field} state={state} compact={false} />
          ))}
        </SimpleGrid>
        <RowMessages environment={environment} state={state} />
        <RowActions connectionId={props.connectionId} environment={environment} state={state} canManage={canManage && !needsConfiguration} size="sm" />
      </Stack>
    </Paper>
  );
}

/** Every field key of any environment, in first-seen order: the grid's columns. */
export function gridColumns(environments: readonly ConnectionEnvironmentFieldsFragment[]): CredentialFieldFieldsFragment[] {
  const columns = new Map<string, CredentialFieldFieldsFragment>();
  for (const environment of environments) for (const field of environment.fields) if (!columns.has(field.key)) columns.set(field.key, field);
  return [...columns.values()];
}

/** Minimum widths: a secret cell fits "Stored — leave blank to keep", its reveal and its key button. */
function columnWidth(field: CredentialFieldFieldsFragment): number {
  if (field.kind === 'boolean') return 70;
  if (field.kind === 'number') return 90;
  if (field.kind === 'keyValue') return 340;
  return field.secret || field.kind === 'password' ? 340 : 150;
}

const STATUS_WIDTH = 190;
/** The status and actions column stays in view while wide rows scroll sideways. */
const stickyEnd = { position: 'sticky', right: 0, background: 'var(--mantine-color-body)', minWidth: STATUS_WIDTH, verticalAlign: 'top' } as const;

function ColumnHeader({ field }: { field: CredentialFieldFieldsFragment }) {
  return (
    <Table.Th style={{ minWidth: columnWidth(field), whiteSpace: 'nowrap' }}>
      <Group gap={4} wrap="nowrap">
        <span>
          {field.label}
          {field.required ? (
            <Text span c="red" aria-hidden>
              {' '}
              *
            </Text>
          ) : null}
        </span>
        {field.help ? (
          <Tooltip label={field.help} multiline maw={320} withArrow>
            <IconHelpCircle size={14} aria-label={`About ${field.label}: ${field.help}`} style={{ flexShrink: 0, opacity: 0.6 }} />
          </Tooltip>
        ) : null}
      </Group>
    </Table.Th>
  );
}

interface CredentialsGridProps {
  connection: ConnectionDetailsFieldsFragment;
}

/** Step 2 of the wizard: a table with a row per organization environment and a column per credential field. */
export function CredentialsGrid({ connection }: CredentialsGridProps) {
  const canReadSecrets = useHasPermission('SECRETS_READ');
  const secrets = useConnectionSecretKeysQuery({ skip: !canReadSecrets });
  const secretKeys = canReadSecrets ? (secrets.data?.secrets.edges.map((edge) => edge.node.key) ?? []) : undefined;
  const wide = useMediaQuery(GRID_MEDIA_QUERY, false, { getInitialValueInEffect: false });
  const columns = gridColumns(connection.environments);
  const noCredentials = columns.length === 0;

  const rows = connection.environments.map((environment) => {
    const props: RowLayoutProps = {
      connectionId: connection.id,
      environment,
      fields: environment.fields,
      secretKeys,
      canManage: connection.canManage,
      columns,
      integrationName: connection.integration.name,
      // Another environment has fields and this one none: its integration tab is not configured yet
      // (client_credentials has none by design: Keyward requests its tokens).
      needsConfiguration: !noCredentials && environment.fields.length === 0 && !isClientCredentials(environment),
    };
    return wide ? <TableRow key={environment.environment} {...props} /> : <StackedRow key={environment.environment} {...props} />;
  });

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        Enter the credentials per environment and save each row. You can configure one environment now and the others later.
        {canReadSecrets ? ' Use the key button to reference an organization secret as @@SECRET:KEY@@ instead of pasting a raw value.' : ''}
      </Text>
      {noCredentials ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
          {connection.environments.length > 0 && connection.environments.every(isClientCredentials)
            ? `${connection.integration.name} uses the OAuth2 client_credentials grant: Keyward requests and caches its tokens with the integration’s client ID and secret. Request token tests an environment.`
            : `${connection.integration.name} needs no credentials: its configuration is complete on the integration.`}
        </Alert>
      ) : null}
      {wide ? (
        <Table.ScrollContainer minWidth={columns.reduce((sum, field) => sum + columnWidth(field) + 20, 0) + STATUS_WIDTH + 140}>
          <Table verticalSpacing="sm" horizontalSpacing="xs" withTableBorder aria-label="Credentials per environment">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={{ whiteSpace: 'nowrap' }}>Environment</Table.Th>
                {columns.map((field) => (
                  <ColumnHeader key={field.key} field={field} />
                ))}
                <Table.Th style={stickyEnd}>Status and actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{rows}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : (
        rows
      )}
    </Stack>
  );
}
