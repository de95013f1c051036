import { HttpResponse } from 'msw';
import { graphql, type GraphQLQuery, type GraphQLResponseBody, type GraphQLResponseResolver, type GraphQLVariables } from 'msw/graphql';
import { setupServer } from 'msw/node';
import type { ViewerOrganizationsQuery } from '../src/graphql/generated';
import { viewerOrganization } from './organizations-fixtures';
import type { WithTypename } from './with-typename';

/** Component tests talk to this URL; msw answers it. */
export const API_URL = 'http://localhost/graphql';


/** Stands in for a missing type argument, so a handler without the generated types does not compile. */
interface GeneratedTypeRequired {
  readonly 'pass the generated XQuery/XMutation type': never;
}

type Resolver<Result, Variables extends GraphQLVariables> = GraphQLResponseResolver<Extract<WithTypename<NoInfer<Result>>, GraphQLQuery>, NoInfer<Variables>>;

const link = graphql.link(API_URL);

/**
 * Handlers for API_URL, typed by the generated operation types:
 * `api.query<UsersQuery, UsersQueryVariables>('Users', …)`. A fixture that drifts from the schema fails typecheck.
 */
export const api = {
  query<Result extends object = GeneratedTypeRequired, Variables extends GraphQLVariables = GraphQLVariables>(
    operationName: string,
    resolver: Resolver<Result, Variables>,
  ) {
    return link.query<WithTypename<Result>, Variables>(operationName, resolver);
  },
  mutation<Result extends object = GeneratedTypeRequired, Variables extends GraphQLVariables = GraphQLVariables>(
    operationName: string,
    resolver: Resolver<Result, Variables>,
  ) {
    return link.mutation<WithTypename<Result>, Variables>(operationName, resolver);
  },
};

/** Unless a test says otherwise, the viewer belongs to one organization (so the top bar has no switcher). */
const defaults = [api.query<ViewerOrganizationsQuery>('ViewerOrganizations', () => HttpResponse.json({ data: { organizations: [viewerOrganization()] } }))];

export const server = setupServer(...defaults);

/** A response whose body is checked against the operation's generated result type. */
export type Reply<Result> = HttpResponse<GraphQLResponseBody<Extract<WithTypename<Result>, GraphQLQuery>>>;

/**
 * Answers a mutation with `respond` and returns the variables of every call, in order:
 * `recordMutation<CreateRoleMutation, CreateRoleMutationVariables>('CreateRole', …)`.
 */
export function recordMutation<Result extends object = GeneratedTypeRequired, Variables extends GraphQLVariables = GraphQLVariables>(
  operationName: string,
  respond: (variables: NoInfer<Variables>) => Reply<NoInfer<Result>>,
): Variables[] {
  const calls: Variables[] = [];
  server.use(
    api.mutation<Result, Variables>(operationName, ({ variables }) => {
      calls.push(variables);
      return respond(variables);
    }),
  );
  return calls;
}
