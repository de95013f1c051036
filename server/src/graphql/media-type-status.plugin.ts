import type { ApolloServerPlugin } from '@apollo/server';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
const APPLICATION_JSON = 'application/json';

/** Codes of an operation refused before execution: it did not parse, did not validate, or its variables did not coerce. */
const PRE_EXECUTION_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** The q-value the Accept header gives a media type: its own entry, else `type/*`, else `*\/*`, else 0. */
function quality(accept: string, mediaType: string): number {
  const [type] = mediaType.split('/');
  let best: { specificity: number; q: number } = { specificity: -1, q: 0 };
  for (const entry of accept.split(',')) {
    const [range = '', ...params] = entry.trim().toLowerCase().split(';');
    const specificity = range === mediaType ? 2 : range === `${type}/*` ? 1 : range === '*/*' ? 0 : -1;
    if (specificity <= best.specificity) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    best = { specificity, q: q === undefined ? 1 : Number(q) };
  }
  return best.q;
}

/** Whether Apollo answers this request as application/graphql-response+json (it prefers application/json on a tie). */
export function answersGraphQLResponseJson(accept: string | undefined): boolean {
  if (accept === undefined || accept === '') return false;
  return quality(accept, GRAPHQL_RESPONSE_JSON) > quality(accept, APPLICATION_JSON);
}

/**
 * GraphQL-over-HTTP statuses for a request that never reached execution: with
 * application/graphql-response+json it stays 4xx (Apollo's 400); with legacy application/json the
 * spec asks for 200 with the errors, as for any well-formed GraphQL response.
 */
export function mediaTypeStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response }) {
          if (response.body.kind !== 'single' || response.http.status !== 400) return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || errors === undefined || errors.length === 0) return;
          if (!errors.every((e) => typeof e.extensions?.code === 'string' && PRE_EXECUTION_CODES.has(e.extensions.code))) return;
          if (answersGraphQLResponseJson(request.http?.headers.get('accept'))) return;
          response.http.status = 200;
        },
      };
    },
  };
}
