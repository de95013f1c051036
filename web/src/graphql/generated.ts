/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { gql } from '@apollo/client';
import * as ApolloReactHooks from '@apollo/client/react';
const defaultOptions = {} as const;
export type CreateFirstAdminInput = {
  displayName: string;
  email: string;
  organizationName: string;
  password: string;
  /** The token from the setup link printed at start. */
  token: string;
};

export type EnvironmentInput = {
  name: string;
  slug: string;
};

/** A permission from the Keyward catalog. */
export type Permission =
  /** Create, suspend, revoke and delete API keys */
  | 'API_KEYS_MANAGE'
  /** View API keys */
  | 'API_KEYS_READ'
  /** View the audit log */
  | 'AUDIT_READ'
  /** Create and configure connections */
  | 'CONNECTIONS_MANAGE'
  /** View connections */
  | 'CONNECTIONS_READ'
  /** Resolve connection credentials at runtime */
  | 'CONNECTIONS_RESOLVE'
  /** Execute workflows */
  | 'FLOWS_EXECUTE'
  /** Create and edit flows */
  | 'FLOWS_MANAGE'
  /** View flows */
  | 'FLOWS_READ'
  /** Manage organization integrations */
  | 'INTEGRATIONS_MANAGE'
  /** View integrations */
  | 'INTEGRATIONS_READ'
  /** Manage all organizations */
  | 'ORGANIZATIONS_MANAGE'
  /** Create, edit and delete custom roles */
  | 'ROLES_MANAGE'
  /** View roles */
  | 'ROLES_READ'
  /** Create, change and delete secrets */
  | 'SECRETS_MANAGE'
  /** View secret names (never values) */
  | 'SECRETS_READ'
  /** Change organization settings */
  | 'SETTINGS_MANAGE'
  /** View organization settings */
  | 'SETTINGS_READ'
  /** Manage system integrations */
  | 'SYSTEM_INTEGRATIONS_MANAGE'
  /** Invite, edit, disable and delete users */
  | 'USERS_MANAGE'
  /** View users */
  | 'USERS_READ'
  /** Reset other users' passwords */
  | 'USERS_RESET_PASSWORD';

export type RateLimitInput = {
  perHour: number;
  perMinute: number;
};

/** Omitted fields stay as they are. */
export type UpdateOrganizationSettingsInput = {
  defaultRateLimit?: RateLimitInput | null | undefined;
  /** The full ordered list; replaces the current one. */
  environments?: Array<EnvironmentInput> | null | undefined;
  name?: string | null | undefined;
  rateLimitCeiling?: RateLimitInput | null | undefined;
};

export type ViewerFieldsFragment = { id: string, email: string, displayName: string, isSuperAdmin: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, displayName: string, isSuperAdmin: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { setupStatus: { needsFirstAdmin: boolean } };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string, email: string, displayName: string, isSuperAdmin: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type CreateFirstAdminMutationVariables = Exact<{
  input: CreateFirstAdminInput;
}>;


export type CreateFirstAdminMutation = { createFirstAdmin: { id: string, email: string, displayName: string, isSuperAdmin: boolean, permissions: Array<Permission>, organization: { id: string, name: string, slug: string } } };

export type OrganizationSettingsFieldsFragment = { id: string, name: string, slug: string, environments: Array<{ slug: string, name: string }>, defaultRateLimit: { perMinute: number, perHour: number }, rateLimitCeiling: { perMinute: number, perHour: number } };

export type OrganizationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationSettingsQuery = { organization: { id: string, name: string, slug: string, environments: Array<{ slug: string, name: string }>, defaultRateLimit: { perMinute: number, perHour: number }, rateLimitCeiling: { perMinute: number, perHour: number } } };

export type UpdateOrganizationSettingsMutationVariables = Exact<{
  input: UpdateOrganizationSettingsInput;
}>;


export type UpdateOrganizationSettingsMutation = { updateOrganizationSettings: { id: string, name: string, slug: string, environments: Array<{ slug: string, name: string }>, defaultRateLimit: { perMinute: number, perHour: number }, rateLimitCeiling: { perMinute: number, perHour: number } } };

export const ViewerFieldsFragmentDoc = gql`
    fragment ViewerFields on Viewer {
  id
  email
  displayName
  isSuperAdmin
  permissions
  organization {
    id
    name
    slug
  }
}
    `;
export const OrganizationSettingsFieldsFragmentDoc = gql`
    fragment OrganizationSettingsFields on Organization {
  id
  name
  slug
  environments {
    slug
    name
  }
  defaultRateLimit {
    perMinute
    perHour
  }
  rateLimitCeiling {
    perMinute
    perHour
  }
}
    `;
export const ViewerDocument = gql`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    ${ViewerFieldsFragmentDoc}`;

/**
 * __useViewerQuery__
 *
 * To run a query within a React component, call `useViewerQuery` and pass it any options that fit your needs.
 * When your component renders, `useViewerQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useViewerQuery({
 *   variables: {
 *   },
 * });
 */
export function useViewerQuery(baseOptions?: ApolloReactHooks.useQuery.Options<ViewerQuery, ViewerQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
      }
export function useViewerLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<ViewerQuery, ViewerQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
        }
export function useViewerSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<ViewerQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<ViewerQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<ViewerQuery, ViewerQueryVariables>(ViewerDocument, options);
        }
export type ViewerQueryHookResult = ReturnType<typeof useViewerQuery>;
export type ViewerLazyQueryHookResult = ReturnType<typeof useViewerLazyQuery>;
export type ViewerSuspenseQueryHookResult = ReturnType<typeof useViewerSuspenseQuery>;
export type ViewerQueryResult = ApolloReactHooks.useQuery.Result<ViewerQuery, ViewerQueryVariables>;
export const SetupStatusDocument = gql`
    query SetupStatus {
  setupStatus {
    needsFirstAdmin
  }
}
    `;

/**
 * __useSetupStatusQuery__
 *
 * To run a query within a React component, call `useSetupStatusQuery` and pass it any options that fit your needs.
 * When your component renders, `useSetupStatusQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSetupStatusQuery({
 *   variables: {
 *   },
 * });
 */
export function useSetupStatusQuery(baseOptions?: ApolloReactHooks.useQuery.Options<SetupStatusQuery, SetupStatusQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<SetupStatusQuery, SetupStatusQueryVariables>(SetupStatusDocument, options);
      }
export function useSetupStatusLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<SetupStatusQuery, SetupStatusQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<SetupStatusQuery, SetupStatusQueryVariables>(SetupStatusDocument, options);
        }
export function useSetupStatusSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<SetupStatusQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<SetupStatusQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<SetupStatusQuery, SetupStatusQueryVariables>(SetupStatusDocument, options);
        }
export type SetupStatusQueryHookResult = ReturnType<typeof useSetupStatusQuery>;
export type SetupStatusLazyQueryHookResult = ReturnType<typeof useSetupStatusLazyQuery>;
export type SetupStatusSuspenseQueryHookResult = ReturnType<typeof useSetupStatusSuspenseQuery>;
export type SetupStatusQueryResult = ApolloReactHooks.useQuery.Result<SetupStatusQuery, SetupStatusQueryVariables>;
export const SignInDocument = gql`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    ...ViewerFields
  }
}
    ${ViewerFieldsFragmentDoc}`;
export type SignInMutationFn = ApolloReactHooks.useMutation.MutationFunction<SignInMutation, SignInMutationVariables>;

/**
 * __useSignInMutation__
 *
 * To run a mutation, you first call `useSignInMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSignInMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [signInMutation, { data, loading, error }] = useSignInMutation({
 *   variables: {
 *      email: // value for 'email'
 *      password: // value for 'password'
 *   },
 * });
 */
export function useSignInMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SignInMutation, SignInMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SignInMutation, SignInMutationVariables>(SignInDocument, options);
      }
export type SignInMutationHookResult = ReturnType<typeof useSignInMutation>;
export type SignInMutationResult = ApolloReactHooks.useMutation.Result<SignInMutation>;
export type SignInMutationOptions = ApolloReactHooks.useMutation.Options<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = gql`
    mutation SignOut {
  signOut
}
    `;
export type SignOutMutationFn = ApolloReactHooks.useMutation.MutationFunction<SignOutMutation, SignOutMutationVariables>;

/**
 * __useSignOutMutation__
 *
 * To run a mutation, you first call `useSignOutMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useSignOutMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [signOutMutation, { data, loading, error }] = useSignOutMutation({
 *   variables: {
 *   },
 * });
 */
export function useSignOutMutation(baseOptions?: ApolloReactHooks.useMutation.Options<SignOutMutation, SignOutMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<SignOutMutation, SignOutMutationVariables>(SignOutDocument, options);
      }
export type SignOutMutationHookResult = ReturnType<typeof useSignOutMutation>;
export type SignOutMutationResult = ApolloReactHooks.useMutation.Result<SignOutMutation>;
export type SignOutMutationOptions = ApolloReactHooks.useMutation.Options<SignOutMutation, SignOutMutationVariables>;
export const ChangePasswordDocument = gql`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `;
export type ChangePasswordMutationFn = ApolloReactHooks.useMutation.MutationFunction<ChangePasswordMutation, ChangePasswordMutationVariables>;

/**
 * __useChangePasswordMutation__
 *
 * To run a mutation, you first call `useChangePasswordMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useChangePasswordMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [changePasswordMutation, { data, loading, error }] = useChangePasswordMutation({
 *   variables: {
 *      currentPassword: // value for 'currentPassword'
 *      newPassword: // value for 'newPassword'
 *   },
 * });
 */
export function useChangePasswordMutation(baseOptions?: ApolloReactHooks.useMutation.Options<ChangePasswordMutation, ChangePasswordMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<ChangePasswordMutation, ChangePasswordMutationVariables>(ChangePasswordDocument, options);
      }
export type ChangePasswordMutationHookResult = ReturnType<typeof useChangePasswordMutation>;
export type ChangePasswordMutationResult = ApolloReactHooks.useMutation.Result<ChangePasswordMutation>;
export type ChangePasswordMutationOptions = ApolloReactHooks.useMutation.Options<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const CreateFirstAdminDocument = gql`
    mutation CreateFirstAdmin($input: CreateFirstAdminInput!) {
  createFirstAdmin(input: $input) {
    ...ViewerFields
  }
}
    ${ViewerFieldsFragmentDoc}`;
export type CreateFirstAdminMutationFn = ApolloReactHooks.useMutation.MutationFunction<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>;

/**
 * __useCreateFirstAdminMutation__
 *
 * To run a mutation, you first call `useCreateFirstAdminMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateFirstAdminMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createFirstAdminMutation, { data, loading, error }] = useCreateFirstAdminMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateFirstAdminMutation(baseOptions?: ApolloReactHooks.useMutation.Options<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>(CreateFirstAdminDocument, options);
      }
export type CreateFirstAdminMutationHookResult = ReturnType<typeof useCreateFirstAdminMutation>;
export type CreateFirstAdminMutationResult = ApolloReactHooks.useMutation.Result<CreateFirstAdminMutation>;
export type CreateFirstAdminMutationOptions = ApolloReactHooks.useMutation.Options<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>;
export const OrganizationSettingsDocument = gql`
    query OrganizationSettings {
  organization {
    ...OrganizationSettingsFields
  }
}
    ${OrganizationSettingsFieldsFragmentDoc}`;

/**
 * __useOrganizationSettingsQuery__
 *
 * To run a query within a React component, call `useOrganizationSettingsQuery` and pass it any options that fit your needs.
 * When your component renders, `useOrganizationSettingsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useOrganizationSettingsQuery({
 *   variables: {
 *   },
 * });
 */
export function useOrganizationSettingsQuery(baseOptions?: ApolloReactHooks.useQuery.Options<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useQuery<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>(OrganizationSettingsDocument, options);
      }
export function useOrganizationSettingsLazyQuery(baseOptions?: ApolloReactHooks.useLazyQuery.Options<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return ApolloReactHooks.useLazyQuery<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>(OrganizationSettingsDocument, options);
        }
export function useOrganizationSettingsSuspenseQuery(baseOptions?: ApolloReactHooks.SkipToken | ApolloReactHooks.useSuspenseQuery.Options<OrganizationSettingsQueryVariables>) {
          const options = baseOptions === ApolloReactHooks.skipToken ? baseOptions : {...defaultOptions, ...baseOptions} as ApolloReactHooks.useSuspenseQuery.Options<OrganizationSettingsQueryVariables>;
          return ApolloReactHooks.useSuspenseQuery<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>(OrganizationSettingsDocument, options);
        }
export type OrganizationSettingsQueryHookResult = ReturnType<typeof useOrganizationSettingsQuery>;
export type OrganizationSettingsLazyQueryHookResult = ReturnType<typeof useOrganizationSettingsLazyQuery>;
export type OrganizationSettingsSuspenseQueryHookResult = ReturnType<typeof useOrganizationSettingsSuspenseQuery>;
export type OrganizationSettingsQueryResult = ApolloReactHooks.useQuery.Result<OrganizationSettingsQuery, OrganizationSettingsQueryVariables>;
export const UpdateOrganizationSettingsDocument = gql`
    mutation UpdateOrganizationSettings($input: UpdateOrganizationSettingsInput!) {
  updateOrganizationSettings(input: $input) {
    ...OrganizationSettingsFields
  }
}
    ${OrganizationSettingsFieldsFragmentDoc}`;
export type UpdateOrganizationSettingsMutationFn = ApolloReactHooks.useMutation.MutationFunction<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>;

/**
 * __useUpdateOrganizationSettingsMutation__
 *
 * To run a mutation, you first call `useUpdateOrganizationSettingsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateOrganizationSettingsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateOrganizationSettingsMutation, { data, loading, error }] = useUpdateOrganizationSettingsMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateOrganizationSettingsMutation(baseOptions?: ApolloReactHooks.useMutation.Options<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return ApolloReactHooks.useMutation<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>(UpdateOrganizationSettingsDocument, options);
      }
export type UpdateOrganizationSettingsMutationHookResult = ReturnType<typeof useUpdateOrganizationSettingsMutation>;
export type UpdateOrganizationSettingsMutationResult = ApolloReactHooks.useMutation.Result<UpdateOrganizationSettingsMutation>;
export type UpdateOrganizationSettingsMutationOptions = ApolloReactHooks.useMutation.Options<UpdateOrganizationSettingsMutation, UpdateOrganizationSettingsMutationVariables>;