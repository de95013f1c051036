import type * as Types from '../../graphql/generated';
import { DocumentNode } from 'graphql';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export const ApiKeyStatsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]} as unknown as DocumentNode;
export const DashboardApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyStatsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyDailyCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"IntValue","value":"14"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyStatsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"expiringSoon"}},{"kind":"Field","name":{"kind":"Name","value":"callsToday"}}]}}]} as unknown as DocumentNode;

/**
 * __useDashboardApiKeysQuery__
 *
 * To run a query within a React component, call `useDashboardApiKeysQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardApiKeysQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardApiKeysQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardApiKeysQuery(baseOptions?: ApolloReactHooks.useQuery.Options<Types.DashboardApiKeysQuery, Types.DashboardApiKeysQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<Types.DashboardApiKeysQuery, Types.DashboardApiKeysQueryVariables>(DashboardApiKeysDocument, options);
      }
export function useDashboardApiKeysLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<Types.DashboardApiKeysQuery, Types.DashboardApiKeysQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<Types.DashboardApiKeysQuery, Types.DashboardApiKeysQueryVariables>(DashboardApiKeysDocument, options);
        }
export function useDashboardApiKeysSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<Types.DashboardApiKeysQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<Types.DashboardApiKeysQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<Types.DashboardApiKeysQuery, Types.DashboardApiKeysQueryVariables>(DashboardApiKeysDocument, options);
        }
export type DashboardApiKeysQueryHookResult = ReturnType<typeof useDashboardApiKeysQuery>;
export type DashboardApiKeysLazyQueryHookResult = ReturnType<typeof useDashboardApiKeysLazyQuery>;
export type DashboardApiKeysSuspenseQueryHookResult = ReturnType<typeof useDashboardApiKeysSuspenseQuery>;
export type DashboardApiKeysQueryResult = ApolloReactHooks.useQuery.Result<Types.DashboardApiKeysQuery, Types.DashboardApiKeysQueryVariables>;
export const DashboardSecretsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSecrets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secretStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDashboardSecretsQuery__
 *
 * To run a query within a React component, call `useDashboardSecretsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardSecretsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardSecretsQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardSecretsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<Types.DashboardSecretsQuery, Types.DashboardSecretsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<Types.DashboardSecretsQuery, Types.DashboardSecretsQueryVariables>(DashboardSecretsDocument, options);
      }
export function useDashboardSecretsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<Types.DashboardSecretsQuery, Types.DashboardSecretsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<Types.DashboardSecretsQuery, Types.DashboardSecretsQueryVariables>(DashboardSecretsDocument, options);
        }
export function useDashboardSecretsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<Types.DashboardSecretsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<Types.DashboardSecretsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<Types.DashboardSecretsQuery, Types.DashboardSecretsQueryVariables>(DashboardSecretsDocument, options);
        }
export type DashboardSecretsQueryHookResult = ReturnType<typeof useDashboardSecretsQuery>;
export type DashboardSecretsLazyQueryHookResult = ReturnType<typeof useDashboardSecretsLazyQuery>;
export type DashboardSecretsSuspenseQueryHookResult = ReturnType<typeof useDashboardSecretsSuspenseQuery>;
export type DashboardSecretsQueryResult = ApolloReactHooks.useQuery.Result<Types.DashboardSecretsQuery, Types.DashboardSecretsQueryVariables>;
export const DashboardConnectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardConnections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"connectionStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"incomplete"}},{"kind":"Field","name":{"kind":"Name","value":"environmentsNotConfigured"}},{"kind":"Field","name":{"kind":"Name","value":"failingLastTest"}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDashboardConnectionsQuery__
 *
 * To run a query within a React component, call `useDashboardConnectionsQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardConnectionsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardConnectionsQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardConnectionsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<Types.DashboardConnectionsQuery, Types.DashboardConnectionsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<Types.DashboardConnectionsQuery, Types.DashboardConnectionsQueryVariables>(DashboardConnectionsDocument, options);
      }
export function useDashboardConnectionsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<Types.DashboardConnectionsQuery, Types.DashboardConnectionsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<Types.DashboardConnectionsQuery, Types.DashboardConnectionsQueryVariables>(DashboardConnectionsDocument, options);
        }
export function useDashboardConnectionsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<Types.DashboardConnectionsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<Types.DashboardConnectionsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<Types.DashboardConnectionsQuery, Types.DashboardConnectionsQueryVariables>(DashboardConnectionsDocument, options);
        }
export type DashboardConnectionsQueryHookResult = ReturnType<typeof useDashboardConnectionsQuery>;
export type DashboardConnectionsLazyQueryHookResult = ReturnType<typeof useDashboardConnectionsLazyQuery>;
export type DashboardConnectionsSuspenseQueryHookResult = ReturnType<typeof useDashboardConnectionsSuspenseQuery>;
export type DashboardConnectionsQueryResult = ApolloReactHooks.useQuery.Result<Types.DashboardConnectionsQuery, Types.DashboardConnectionsQueryVariables>;
export const DashboardAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardAudit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]} as unknown as DocumentNode;

/**
 * __useDashboardAuditQuery__
 *
 * To run a query within a React component, call `useDashboardAuditQuery` and pass it any options that fit your needs.
 * When your component renders, `useDashboardAuditQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useDashboardAuditQuery({
 *   variables: {
 *   },
 * });
 */
export function useDashboardAuditQuery(baseOptions?: ApolloReactHooks.useQuery.Options<Types.DashboardAuditQuery, Types.DashboardAuditQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<Types.DashboardAuditQuery, Types.DashboardAuditQueryVariables>(DashboardAuditDocument, options);
      }
export function useDashboardAuditLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<Types.DashboardAuditQuery, Types.DashboardAuditQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<Types.DashboardAuditQuery, Types.DashboardAuditQueryVariables>(DashboardAuditDocument, options);
        }
export function useDashboardAuditSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<Types.DashboardAuditQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<Types.DashboardAuditQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<Types.DashboardAuditQuery, Types.DashboardAuditQueryVariables>(DashboardAuditDocument, options);
        }
export type DashboardAuditQueryHookResult = ReturnType<typeof useDashboardAuditQuery>;
export type DashboardAuditLazyQueryHookResult = ReturnType<typeof useDashboardAuditLazyQuery>;
export type DashboardAuditSuspenseQueryHookResult = ReturnType<typeof useDashboardAuditSuspenseQuery>;
export type DashboardAuditQueryResult = ApolloReactHooks.useQuery.Result<Types.DashboardAuditQuery, Types.DashboardAuditQueryVariables>;