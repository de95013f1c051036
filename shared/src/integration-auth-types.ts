/**
 * The auth types an integration may use: the fields configured once on the integration (template)
 * and the fields each connection provides per environment.
 */
import { SECRET_HELP, secret, text, url } from './integration-field-builders';
import type { FieldSpec } from './integration-fields';

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
      url('authorizationUrl', 'Authorization endpoint', { placeholder: 'https://auth.example.com/oauth/authorize' }),
      url('tokenUrl', 'Token endpoint', { placeholder: 'https://auth.example.com/oauth/token' }),
      url('userInfoUrl', 'User info endpoint', { required: false }),
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

/** The fields configured on an integration (template) for an auth type. */
export function integrationFieldsFor(authType: AuthTypeId): readonly FieldSpec[] {
  return AUTH_TYPES[authType].integrationFields;
}
