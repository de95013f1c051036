import { Anchor, Code, Paper, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConnectionSelect } from '../../components/connection-select';
import { PageHeader } from '../../components/page-header';
import { QueryError } from '../../components/query-error';
import { useNodeTypesQuery } from '../../components/connection-select.generated';

/** A stand-in for a workflow node's properties panel: pick a node type, see the connections it may use. */
export function NodePreviewPage() {
  const { data, error, loading, refetch } = useNodeTypesQuery();
  const [nodeTypeId, setNodeTypeId] = useState<string | null>(null);
  const [connectionId, setConnectionId] = useState<string | null>(null);
  const nodeTypes = data?.nodeTypes ?? [];
  const nodeType = nodeTypes.find((candidate) => candidate.id === nodeTypeId) ?? null;

  return (
    <Stack gap={0} maw={720}>
      <PageHeader
        title="Node properties"
        description={
          <>
            A preview of the properties panel of a workflow node: the connection dropdown lists only the connections the node type can
            use. <Anchor component={Link} to="/connections" size="sm">Back to Connections</Anchor>
          </>
        }
      />
      {error ? (
        <QueryError error={error} what="node types" onRetry={() => void refetch()} />
      ) : loading ? (
        <Skeleton h={60} />
      ) : (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="md">
            <Select
              label="Node type"
              placeholder="Choose a node type"
              data={nodeTypes.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
              value={nodeTypeId}
              onChange={(value) => {
                setNodeTypeId(value);
                setConnectionId(null);
              }}
              comboboxProps={{ withinPortal: true }}
            />
            {nodeType ? (
              <>
                <ConnectionSelect
                  key={nodeType.id}
                  nodeType={nodeType.id}
                  integrationType={nodeType.integrationType}
                  value={connectionId}
                  onChange={setConnectionId}
                />
                <Text size="sm" c="dimmed">
                  The node stores the connection id{connectionId ? <>: <Code>{connectionId}</Code></> : ''}. Saving new credentials on the
                  connection changes nothing for the node.
                </Text>
              </>
            ) : (
              <Text size="sm" c="dimmed">
                Choose a node type to see its connection dropdown.
              </Text>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
