import { Anchor, Loader, Select, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { NodeTypeId } from '../graphql/generated';
import { useCompatibleConnectionsQuery } from './connection-select.generated';
import { graphqlErrorMessage } from './graphql-errors';
import { integrationTypeLabel } from './integration-labels';

interface ConnectionSelectProps {
  /** The workflow node type, e.g. AI_AGENT: only connections of a compatible integration type are listed. */
  nodeType: NodeTypeId;
  /** The integration type the node uses, for the label ("AI Provider Integration"). */
  integrationType?: string;
  /** The chosen connection id; nodes refer to a connection by id, so rotating its credentials changes nothing. */
  value: string | null;
  onChange: (connectionId: string | null) => void;
  label?: string;
}

/** The properties-panel dropdown of a workflow node: the connections available to the viewer that the node can use. */
export function ConnectionSelect({ nodeType, integrationType, value, onChange, label }: ConnectionSelectProps) {
  const { data, error, loading } = useCompatibleConnectionsQuery({ variables: { nodeType } });
  const connections = data?.connections.edges.map((edge) => edge.node) ?? [];
  const typeLabel = integrationType ? integrationTypeLabel(integrationType) : null;
  const fieldLabel = label ?? (typeLabel ? `${typeLabel} Integration` : 'Connection');

  let description: React.ReactNode = null;
  if (error) {
    description = (
      <Text span size="xs" c="red">
        Could not load connections: {graphqlErrorMessage(error)}
      </Text>
    );
  } else if (!loading && connections.length === 0) {
    description = (
      <Text span size="xs" c="dimmed">
        No compatible connection is available to you.{' '}
        <Anchor component={Link} to="/connections" size="xs">
          Create one on the Connections page
        </Anchor>
        .
      </Text>
    );
  }

  return (
    <Select
      label={fieldLabel}
      placeholder={loading ? 'Loading connections…' : connections.length === 0 ? 'No connections' : 'Choose a connection'}
      description={description}
      data={connections.map((connection) => ({
        value: connection.id,
        label: `${connection.name} (${connection.integration.name} · ${integrationTypeLabel(connection.integration.type)})`,
      }))}
      value={value}
      onChange={onChange}
      disabled={loading || connections.length === 0}
      rightSection={loading ? <Loader size="xs" /> : undefined}
      clearable
      searchable
      nothingFoundMessage="No connection matches"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
