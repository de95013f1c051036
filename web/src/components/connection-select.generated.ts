import type * as Types from '../graphql/generated';
import { DocumentNode } from 'graphql';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;

export const NodeTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"integrationType"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useNodeTypesQuery__
 *
 * To run a query within a React component, call `useNodeTypesQuery` and pass it any options that fit your needs.
 * When your component renders, `useNodeTypesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useNodeTypesQuery({
 *   variables: {
 *   },
 * });
 */
export function useNodeTypesQuery(baseOptions?: ApolloReactHooks.useQuery.Options<Types.NodeTypesQuery, Types.NodeTypesQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<Types.NodeTypesQuery, Types.NodeTypesQueryVariables>(NodeTypesDocument, options);
      }
export function useNodeTypesLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<Types.NodeTypesQuery, Types.NodeTypesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<Types.NodeTypesQuery, Types.NodeTypesQueryVariables>(NodeTypesDocument, options);
        }
export function useNodeTypesSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<Types.NodeTypesQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<Types.NodeTypesQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<Types.NodeTypesQuery, Types.NodeTypesQueryVariables>(NodeTypesDocument, options);
        }
export type NodeTypesQueryHookResult = ReturnType<typeof useNodeTypesQuery>;
export type NodeTypesLazyQueryHookResult = ReturnType<typeof useNodeTypesLazyQuery>;
export type NodeTypesSuspenseQueryHookResult = ReturnType<typeof useNodeTypesSuspenseQuery>;
export type NodeTypesQueryResult = ApolloReactHooks.useQuery.Result<Types.NodeTypesQuery, Types.NodeTypesQueryVariables>;
export const CompatibleConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompatibleConnections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeTypeId"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nodeType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeType"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"configuredCount"}},{"kind":"Field","name":{"kind":"Name","value":"environmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"integration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useCompatibleConnectionsQuery__
 *
 * To run a query within a React component, call `useCompatibleConnectionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useCompatibleConnectionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCompatibleConnectionsQuery({
 *   variables: {
 *      nodeType: // value for 'nodeType'
 *   },
 * });
 */
export function useCompatibleConnectionsQuery(baseOptions: ApolloReactHooks.useQuery.Options<Types.CompatibleConnectionsQuery, Types.CompatibleConnectionsQueryVariables> & ({ variables: Types.CompatibleConnectionsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<Types.CompatibleConnectionsQuery, Types.CompatibleConnectionsQueryVariables>(CompatibleConnectionsDocument, options);
      }
export function useCompatibleConnectionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<Types.CompatibleConnectionsQuery, Types.CompatibleConnectionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<Types.CompatibleConnectionsQuery, Types.CompatibleConnectionsQueryVariables>(CompatibleConnectionsDocument, options);
        }
export function useCompatibleConnectionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<Types.CompatibleConnectionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<Types.CompatibleConnectionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<Types.CompatibleConnectionsQuery, Types.CompatibleConnectionsQueryVariables>(CompatibleConnectionsDocument, options);
        }
export type CompatibleConnectionsQueryHookResult = ReturnType<typeof useCompatibleConnectionsQuery>;
export type CompatibleConnectionsLazyQueryHookResult = ReturnType<typeof useCompatibleConnectionsLazyQuery>;
export type CompatibleConnectionsSuspenseQueryHookResult = ReturnType<typeof useCompatibleConnectionsSuspenseQuery>;
export type CompatibleConnectionsQueryResult = ApolloReactHooks.useQuery.Result<Types.CompatibleConnectionsQuery, Types.CompatibleConnectionsQueryVariables>;