import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode } from 'graphql';
import type { KeywardMetrics } from './metrics';

/** The name of the document's single operation, for requests that failed before Apollo resolved it (validation). */
function soleOperationName(document: DocumentNode | undefined): string | undefined {
  const operations = document?.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION) ?? [];
  return operations.length === 1 ? operations[0]?.name?.value : undefined;
}

/**
 * Counts every GraphQL request Apollo answers and times it, by operation name and outcome
 * (`error` when the response carries errors, including parse and validation failures).
 * Requests the API-key gate refuses before Apollo are counted in the authentication metrics.
 */
export function graphqlMetricsPlugin(metrics: KeywardMetrics): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operationName, document }) {
          const failed = response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) > 0 : false;
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          metrics.graphqlRequest(operationName ?? request.operationName ?? soleOperationName(document), failed ? 'error' : 'ok', seconds);
        },
      };
    },
  };
}
