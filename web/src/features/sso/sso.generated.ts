import type * as Types from '../../graphql/generated';
import { DocumentNode } from 'graphql';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export const SsoProviderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"requireSso"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;
export const SsoProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SsoProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ssoProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SsoProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"requireSso"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;

/**
 * __useSsoProvidersQuery__
 *
 * To run a query within a React component, call `useSsoProvidersQuery` and pass it any options that fit your needs.
 * When your component renders, `useSsoProvidersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSsoProvidersQuery({
 *   variables: {
 *   },
 * });
 */
export function useSsoProvidersQuery(baseOptions?: ApolloReactHooks.useQuery.Options<Types.SsoProvidersQuery, Types.SsoProvidersQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<Types.SsoProvidersQuery, Types.SsoProvidersQueryVariables>(SsoProvidersDocument, options);
      }
export function useSsoProvidersLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<Types.SsoProvidersQuery, Types.SsoProvidersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<Types.SsoProvidersQuery, Types.SsoProvidersQueryVariables>(SsoProvidersDocument, options);
        }
export function useSsoProvidersSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<Types.SsoProvidersQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<Types.SsoProvidersQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<Types.SsoProvidersQuery, Types.SsoProvidersQueryVariables>(SsoProvidersDocument, options);
        }
export type SsoProvidersQueryHookResult = ReturnType<typeof useSsoProvidersQuery>;
export type SsoProvidersLazyQueryHookResult = ReturnType<typeof useSsoProvidersLazyQuery>;
export type SsoProvidersSuspenseQueryHookResult = ReturnType<typeof useSsoProvidersSuspenseQuery>;
export type SsoProvidersQueryResult = ApolloReactHooks.useQuery.Result<Types.SsoProvidersQuery, Types.SsoProvidersQueryVariables>;
export const CreateSsoProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSsoProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSsoProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSsoProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SsoProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"requireSso"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;
export type CreateSsoProviderMutationFn = ApolloReactHooks.useMutation.MutationFunction<Types.CreateSsoProviderMutation, Types.CreateSsoProviderMutationVariables>;

/**
 * __useCreateSsoProviderMutation__
 *
 * To run a mutation, you first call `useCreateSsoProviderMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateSsoProviderMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createSsoProviderMutation, { data, loading, error }] = useCreateSsoProviderMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateSsoProviderMutation(baseOptions?: ApolloReactHooks.useMutation.Options<Types.CreateSsoProviderMutation, Types.CreateSsoProviderMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<Types.CreateSsoProviderMutation, Types.CreateSsoProviderMutationVariables>(CreateSsoProviderDocument, options);
      }
export type CreateSsoProviderMutationHookResult = ReturnType<typeof useCreateSsoProviderMutation>;
export type CreateSsoProviderMutationResult = ApolloReactHooks.useMutation.Result<Types.CreateSsoProviderMutation>;
export type CreateSsoProviderMutationOptions = ApolloReactHooks.useMutation.Options<Types.CreateSsoProviderMutation, Types.CreateSsoProviderMutationVariables>;
export const UpdateSsoProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSsoProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSsoProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSsoProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SsoProviderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SsoProviderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SsoProvider"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"allowedDomains"}},{"kind":"Field","name":{"kind":"Name","value":"requireSso"}},{"kind":"Field","name":{"kind":"Name","value":"redirectUri"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode;
export type UpdateSsoProviderMutationFn = ApolloReactHooks.useMutation.MutationFunction<Types.UpdateSsoProviderMutation, Types.UpdateSsoProviderMutationVariables>;

/**
 * __useUpdateSsoProviderMutation__
 *
 * To run a mutation, you first call `useUpdateSsoProviderMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateSsoProviderMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateSsoProviderMutation, { data, loading, error }] = useUpdateSsoProviderMutation({
 *   variables: {
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateSsoProviderMutation(baseOptions?: ApolloReactHooks.useMutation.Options<Types.UpdateSsoProviderMutation, Types.UpdateSsoProviderMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<Types.UpdateSsoProviderMutation, Types.UpdateSsoProviderMutationVariables>(UpdateSsoProviderDocument, options);
      }
export type UpdateSsoProviderMutationHookResult = ReturnType<typeof useUpdateSsoProviderMutation>;
export type UpdateSsoProviderMutationResult = ApolloReactHooks.useMutation.Result<Types.UpdateSsoProviderMutation>;
export type UpdateSsoProviderMutationOptions = ApolloReactHooks.useMutation.Options<Types.UpdateSsoProviderMutation, Types.UpdateSsoProviderMutationVariables>;
export const DeleteSsoProviderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSsoProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSsoProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode;
export type DeleteSsoProviderMutationFn = ApolloReactHooks.useMutation.MutationFunction<Types.DeleteSsoProviderMutation, Types.DeleteSsoProviderMutationVariables>;

/**
 * __useDeleteSsoProviderMutation__
 *
 * To run a mutation, you first call `useDeleteSsoProviderMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteSsoProviderMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteSsoProviderMutation, { data, loading, error }] = useDeleteSsoProviderMutation({
 *   variables: {
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteSsoProviderMutation(baseOptions?: ApolloReactHooks.useMutation.Options<Types.DeleteSsoProviderMutation, Types.DeleteSsoProviderMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<Types.DeleteSsoProviderMutation, Types.DeleteSsoProviderMutationVariables>(DeleteSsoProviderDocument, options);
      }
export type DeleteSsoProviderMutationHookResult = ReturnType<typeof useDeleteSsoProviderMutation>;
export type DeleteSsoProviderMutationResult = ApolloReactHooks.useMutation.Result<Types.DeleteSsoProviderMutation>;
export type DeleteSsoProviderMutationOptions = ApolloReactHooks.useMutation.Options<Types.DeleteSsoProviderMutation, Types.DeleteSsoProviderMutationVariables>;