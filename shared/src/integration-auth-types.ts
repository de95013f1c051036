/**
 * The auth types an integration may use: the fields configured once on the integration (template)
 * and the fields each connection provides per environment.
 */
import { SECRET_HELP, secret, text, url } from './integration-field-builders';
import { isBlankFieldValue, type FieldProblem, type FieldSpec } from './integration-fields';

export const AUTH_TYPE_IDS = ['NONE', 'BEARER', 'API_KEY', 'BASIC', 'OAUTH2', 'CUSTOM_HEADERS'] as const;
export type AuthTypeId = (typeof AUTH_TYPE_IDS)[number];

export interface AuthTypeSpec {
  label: string;
  /** Configured once on the integration (template); secret ones are encrypted. */
  integrationFields: readonly FieldSpec[];
  /** Provided per environment by each connection. */
  connectionFields: readonly FieldSpec[];
}

export const API_KEY_LOCATIONS = ['header', 'query'] as const;
export type ApiKeyLocation = (typeof API_KEY_LOCATIONS)[number];

/** How Keyward obtains an OAuth2 access token: a person connects, or the client authenticates as itself. */
export const OAUTH2_GRANT_TYPES = ['authorization_code', 'client_credentials'] as const;
export type OAuth2GrantType = (typeof OAUTH2_GRANT_TYPES)[number];

/** How the client authenticates at the token endpoint: HTTP Basic, or client_id and client_secret in the form. */
export const OAUTH2_TOKEN_AUTH_METHODS = ['client_secret_basic', 'client_secret_post'] as const;
export type OAuth2TokenAuthMethod = (typeof OAUTH2_TOKEN_AUTH_METHODS)[number];

/** The grant type of OAuth2 settings: authorization_code unless client_credentials is chosen. */
export function oauth2GrantTypeOf(settings: Readonly<Record<string, unknown>>): OAuth2GrantType {
  return settings.grantType === 'client_credentials' ? 'client_credentials' : 'authorization_code';
}

export const AUTH_TYPES: Record<AuthTypeId, AuthTypeSpec> = {
  NONE: { label: 'None', integrationFields: [], connectionFields: [] },
  BEARER: {
    label: 'Bearer',
    integrationFields: [],
    connectionFields: [secret('token', 'Bearer token', { help: 'Sent as Authorization: Bearer <token>. ' + SECRET_HELP })],
  },
  API_KEY: {
    label: 'API Key',
    integrationFields: [
      text('headerName', 'Key name', {
        placeholder: 'X-API-Key',
        help: 'The header name, or the query parameter name when the location is query.',
      }),
      { key: 'location', label: 'Location', kind: 'select', required: true, secret: false, options: API_KEY_LOCATIONS },
    ],
    connectionFields: [secret('apiKey', 'API key', { help: SECRET_HELP })],
  },
  BASIC: {
    label: 'Basic',
    integrationFields: [],
    connectionFields: [text('username', 'Username'), secret('password', 'Password', { help: SECRET_HELP })],
  },
  OAUTH2: {
    label: 'OAuth2',
    integrationFields: [
      {
        key: 'grantType',
        label: 'Grant type',
        kind: 'select',
        required: false,
        secret: false,
        options: OAUTH2_GRANT_TYPES,
        help: 'authorization_code (the default): a person connects each environment. client_credentials: Keyward gets tokens with the client ID and secret alone.',
      },
      url('issuer', 'Issuer', {
        required: false,
        placeholder: 'https://auth.example.com',
        help: 'Optional. Endpoints left blank are discovered from the issuer’s /.well-known/openid-configuration.',
      }),
      url('authorizationUrl', 'Authorization endpoint', {
        required: false,
        placeholder: 'https://auth.example.com/oauth/authorize',
        help: 'Needed for authorization_code unless the issuer publishes it.',
      }),
      url('tokenUrl', 'Token endpoint', { required: false, placeholder: 'https://auth.example.com/oauth/token', help: 'Needed unless the issuer publishes it.' }),
      {
        key: 'tokenEndpointAuthMethod',
        label: 'Token endpoint authentication',
        kind: 'select',
        required: false,
        secret: false,
        options: OAUTH2_TOKEN_AUTH_METHODS,
        help: 'client_secret_basic (the default): HTTP Basic. client_secret_post: the client ID and secret in the request body.',
      },
      url('userInfoUrl', 'User info endpoint', { required: false, help: 'When set, the connected account’s identity is shown on each environment.' }),
      text('scopes', 'Scopes', { required: false, placeholder: 'read write', help: 'Separated by spaces.' }),
      text('clientId', 'Client ID'),
      secret('clientSecret', 'Client secret', { help: SECRET_HELP }),
    ],
    connectionFields: [
      secret('accessToken', 'Access token', {
        required: false,
        help: 'Obtained by connecting with OAuth2; paste one to use a token you already have.',
      }),
      secret('refreshToken', 'Refresh token', { required: false }),
    ],
  },
  CUSTOM_HEADERS: {
    label: 'Custom Headers',
    integrationFields: [],
    connectionFields: [
      {
        key: 'headers',
        label: 'Headers',
        kind: 'keyValue',
        required: true,
        secret: true,
        help: 'Header names and values sent with every request. ' + SECRET_HELP,
      },
    ],
  },
};

export function isAuthType(value: string): value is AuthTypeId {
  return (AUTH_TYPE_IDS as readonly string[]).includes(value);
}

/**
 * Problems across an auth type's settings that a single field cannot tell (the per-field checks
 * are validateCredentialFields'): OAuth2 needs a token endpoint, and an authorization endpoint for
 * the authorization_code grant, unless an issuer is set to discover them from.
 */
export function authSettingsProblems(authType: AuthTypeId, settings: Readonly<Record<string, unknown>>): FieldProblem[] {
  if (authType !== 'OAUTH2') return [];
  const problems: FieldProblem[] = [];
  const withIssuer = !isBlankFieldValue(settings.issuer);
  if (!withIssuer && isBlankFieldValue(settings.tokenUrl)) {
    problems.push({ field: 'tokenUrl', message: 'Token endpoint is required unless an issuer is set to discover it from.' });
  }
  if (!withIssuer && oauth2GrantTypeOf(settings) === 'authorization_code' && isBlankFieldValue(settings.authorizationUrl)) {
    problems.push({ field: 'authorizationUrl', message: 'Authorization endpoint is required for the authorization_code grant unless an issuer is set to discover it from.' });
  }
  return problems;
}

/** The fields configured on an integration (template) for an auth type. */
export function integrationFieldsFor(authType: AuthTypeId): readonly FieldSpec[] {
  return AUTH_TYPES[authType].integrationFields;
}
