/**
 * The integration catalog: integration types, their providers, the auth types, the credential
 * fields each combination needs and the workflow node types that may use each integration type.
 * The server validates against it and the SPA renders every form from it, so a new provider or
 * auth type is one entry here.
 */
import { findSecretReferences } from './secret-reference';

export type FieldKind = 'text' | 'password' | 'number' | 'boolean' | 'url' | 'select' | 'textarea' | 'keyValue';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  /** Encrypted at rest, never returned by the API; a blank value on save keeps the stored one. */
  secret: boolean;
  options?: readonly string[];
  placeholder?: string;
  help?: string;
}

/** One entry of a `keyValue` field (custom headers, environment variables). */
export interface KeyValuePair {
  key: string;
  value: string;
}

export type FieldValue = string | number | boolean | readonly KeyValuePair[];

export interface FieldProblem {
  /** The field key (the API reports it as `fields.<key>`). */
  field: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Field builders: keep the entries below short and uniform.

function text(key: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { key, label, kind: 'text', required: true, secret: false, ...extra };
}
function secret(key: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { key, label, kind: 'password', required: true, secret: true, ...extra };
}
function num(key: string, label: string, placeholder: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { key, label, kind: 'number', required: true, secret: false, placeholder, ...extra };
}
function bool(key: string, label: string, help?: string): FieldSpec {
  return { key, label, kind: 'boolean', required: false, secret: false, ...(help ? { help } : {}) };
}
function url(key: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { key, label, kind: 'url', required: true, secret: false, ...extra };
}

const SECRET_HELP = 'Paste a value or reference a secret with @@SECRET:KEY@@.';

function databaseFields(defaultPort: string, extra: FieldSpec[] = []): FieldSpec[] {
  return [
    text('host', 'Host', { placeholder: 'db.example.com' }),
    num('port', 'Port', defaultPort),
    text('database', 'Database'),
    text('username', 'Username'),
    secret('password', 'Password', { required: false, help: SECRET_HELP }),
    ...extra,
  ];
}

// ---------------------------------------------------------------------------------------------
// Auth types

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

// ---------------------------------------------------------------------------------------------
// Node types

export const NODE_TYPE_IDS = [
  'REST_API_NODE',
  'REST_API_TOOL',
  'SQL',
  'SQL_TOOL',
  'SEND_EMAIL',
  'EMAIL_TOOL',
  'SEND_SMS',
  'AI_AGENT',
  'VOICE_CALL',
  'MCP_TOOL',
  'FILE_MANAGER_TOOL',
] as const;
export type NodeTypeId = (typeof NODE_TYPE_IDS)[number];

// ---------------------------------------------------------------------------------------------
// Providers

export const PROVIDER_IDS = [
  'rest',
  'postgresql',
  'mysql',
  'sqlserver',
  'oracle',
  'sqlite',
  'smtp',
  'sendgrid',
  'twilio',
  'aws_sns',
  'openai',
  'anthropic',
  'google',
  'ollama',
  'huggingface',
  'mcp_http',
  'mcp_sse',
  'mcp_websocket',
  'mcp_stdio',
  'google_drive',
  'onedrive',
  'amazon_s3',
  'box',
] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

// ---------------------------------------------------------------------------------------------
// Integration types

export const INTEGRATION_TYPE_IDS = ['REST_API', 'DATABASE', 'EMAIL', 'SMS', 'AI_PROVIDER', 'MCP', 'STORAGE'] as const;
export type IntegrationTypeId = (typeof INTEGRATION_TYPE_IDS)[number];

export interface ProviderSpec {
  label: string;
  type: IntegrationTypeId;
  /** What a connection provides per environment (the auth type's connection fields follow). */
  credentialFields: readonly FieldSpec[];
  /** Whether `testConnection` can check it today. */
  testable: boolean;
}

export const PROVIDERS: Record<ProviderId, ProviderSpec> = {
  rest: { label: 'REST API', type: 'REST_API', credentialFields: [], testable: true },
  postgresql: {
    label: 'PostgreSQL',
    type: 'DATABASE',
    credentialFields: databaseFields('5432', [bool('ssl', 'Use SSL')]),
    testable: true,
  },
  mysql: { label: 'MySQL', type: 'DATABASE', credentialFields: databaseFields('3306', [bool('ssl', 'Use SSL')]), testable: true },
  sqlserver: {
    label: 'SQL Server',
    type: 'DATABASE',
    credentialFields: databaseFields('1433', [bool('encrypt', 'Encrypt connection')]),
    testable: false,
  },
  oracle: {
    label: 'Oracle',
    type: 'DATABASE',
    credentialFields: [
      text('host', 'Host'),
      num('port', 'Port', '1521'),
      text('serviceName', 'Service name'),
      text('username', 'Username'),
      secret('password', 'Password', { help: SECRET_HELP }),
    ],
    testable: false,
  },
  sqlite: {
    label: 'SQLite',
    type: 'DATABASE',
    credentialFields: [text('path', 'Database file path', { placeholder: '/data/app.db' })],
    testable: false,
  },
  smtp: {
    label: 'SMTP',
    type: 'EMAIL',
    credentialFields: [
      text('host', 'SMTP host', { placeholder: 'smtp.gmail.com' }),
      num('port', 'Port', '587'),
      text('username', 'Username'),
      secret('password', 'Password', { help: SECRET_HELP }),
      bool('secure', 'Use TLS from the start', 'On for port 465; off for STARTTLS on 587.'),
      text('fromAddress', 'From address', { required: false, placeholder: 'team@example.com' }),
    ],
    testable: true,
  },
  sendgrid: {
    label: 'SendGrid',
    type: 'EMAIL',
    credentialFields: [secret('apiKey', 'API key', { help: SECRET_HELP }), text('fromAddress', 'From address', { required: false })],
    testable: false,
  },
  twilio: {
    label: 'Twilio',
    type: 'SMS',
    credentialFields: [
      text('accountSid', 'Account SID'),
      secret('authToken', 'Auth token', { help: SECRET_HELP }),
      text('fromNumber', 'From number', { required: false, placeholder: '+15551234567' }),
    ],
    testable: false,
  },
  aws_sns: {
    label: 'AWS SNS',
    type: 'SMS',
    credentialFields: [
      text('accessKeyId', 'Access key ID'),
      secret('secretAccessKey', 'Secret access key', { help: SECRET_HELP }),
      text('region', 'Region', { placeholder: 'us-east-1' }),
    ],
    testable: false,
  },
  openai: {
    label: 'OpenAI',
    type: 'AI_PROVIDER',
    credentialFields: [secret('apiKey', 'API key', { help: SECRET_HELP }), text('organizationId', 'Organization ID', { required: false })],
    testable: false,
  },
  anthropic: {
    label: 'Anthropic (Claude)',
    type: 'AI_PROVIDER',
    credentialFields: [secret('apiKey', 'API key', { help: SECRET_HELP })],
    testable: false,
  },
  google: {
    label: 'Google',
    type: 'AI_PROVIDER',
    credentialFields: [secret('apiKey', 'API key', { help: SECRET_HELP })],
    testable: false,
  },
  ollama: {
    label: 'Ollama',
    type: 'AI_PROVIDER',
    credentialFields: [
      url('baseUrl', 'Base URL', { placeholder: 'http://localhost:11434' }),
      secret('apiKey', 'API key', { required: false }),
    ],
    testable: false,
  },
  huggingface: {
    label: 'HuggingFace',
    type: 'AI_PROVIDER',
    credentialFields: [secret('apiToken', 'Access token', { help: SECRET_HELP })],
    testable: false,
  },
  mcp_http: { label: 'MCP over HTTP', type: 'MCP', credentialFields: [url('url', 'Server URL')], testable: false },
  mcp_sse: { label: 'MCP over SSE', type: 'MCP', credentialFields: [url('url', 'Server URL')], testable: false },
  mcp_websocket: {
    label: 'MCP over WebSocket',
    type: 'MCP',
    credentialFields: [url('url', 'Server URL', { placeholder: 'wss://mcp.example.com' })],
    testable: false,
  },
  mcp_stdio: {
    label: 'MCP over STDIO',
    type: 'MCP',
    credentialFields: [
      text('command', 'Command', { placeholder: 'npx' }),
      text('args', 'Arguments', { required: false, placeholder: '-y @modelcontextprotocol/server-github' }),
      { key: 'env', label: 'Environment variables', kind: 'keyValue', required: false, secret: true, help: SECRET_HELP },
    ],
    testable: false,
  },
  google_drive: {
    label: 'Google Drive',
    type: 'STORAGE',
    credentialFields: [
      { key: 'serviceAccountJson', label: 'Service account JSON', kind: 'textarea', required: true, secret: true, help: SECRET_HELP },
    ],
    testable: false,
  },
  onedrive: {
    label: 'OneDrive',
    type: 'STORAGE',
    credentialFields: [text('tenantId', 'Tenant ID'), text('clientId', 'Client ID'), secret('clientSecret', 'Client secret', { help: SECRET_HELP })],
    testable: false,
  },
  amazon_s3: {
    label: 'Amazon S3',
    type: 'STORAGE',
    credentialFields: [
      text('accessKeyId', 'Access key ID'),
      secret('secretAccessKey', 'Secret access key', { help: SECRET_HELP }),
      text('region', 'Region', { placeholder: 'us-east-1' }),
      text('bucket', 'Bucket', { required: false }),
    ],
    testable: false,
  },
  box: {
    label: 'Box',
    type: 'STORAGE',
    credentialFields: [text('clientId', 'Client ID'), secret('clientSecret', 'Client secret', { help: SECRET_HELP }), text('enterpriseId', 'Enterprise ID', { required: false })],
    testable: false,
  },
};

export interface IntegrationTypeSpec {
  label: string;
  description: string;
  providers: readonly ProviderId[];
  nodeTypes: readonly NodeTypeId[];
  /** The auth types an integration of this type may choose (the first is the default). */
  authTypes: readonly AuthTypeId[];
}

function providersOf(type: IntegrationTypeId): ProviderId[] {
  return PROVIDER_IDS.filter((id) => PROVIDERS[id].type === type);
}

export const INTEGRATION_TYPES: Record<IntegrationTypeId, IntegrationTypeSpec> = {
  REST_API: {
    label: 'REST API',
    description: 'HTTP/HTTPS APIs with flexible auth',
    providers: providersOf('REST_API'),
    nodeTypes: ['REST_API_NODE', 'REST_API_TOOL'],
    authTypes: AUTH_TYPE_IDS,
  },
  DATABASE: {
    label: 'Database',
    description: 'PostgreSQL, MySQL, SQL Server, Oracle, SQLite',
    providers: providersOf('DATABASE'),
    nodeTypes: ['SQL', 'SQL_TOOL'],
    authTypes: ['NONE'],
  },
  EMAIL: {
    label: 'Email',
    description: 'SMTP, SendGrid',
    providers: providersOf('EMAIL'),
    nodeTypes: ['SEND_EMAIL', 'EMAIL_TOOL'],
    authTypes: ['NONE'],
  },
  SMS: { label: 'SMS', description: 'Twilio, AWS SNS', providers: providersOf('SMS'), nodeTypes: ['SEND_SMS'], authTypes: ['NONE'] },
  AI_PROVIDER: {
    label: 'AI Provider',
    description: 'OpenAI, Anthropic (Claude), Google, Ollama, HuggingFace',
    providers: providersOf('AI_PROVIDER'),
    nodeTypes: ['AI_AGENT', 'VOICE_CALL'],
    authTypes: ['NONE'],
  },
  MCP: {
    label: 'MCP',
    description: 'Model Context Protocol (HTTP, SSE, WebSocket, STDIO)',
    providers: providersOf('MCP'),
    nodeTypes: ['MCP_TOOL'],
    authTypes: ['NONE', 'BEARER', 'API_KEY', 'CUSTOM_HEADERS', 'OAUTH2'],
  },
  STORAGE: {
    label: 'Storage',
    description: 'Google Drive, OneDrive, Amazon S3, Box',
    providers: providersOf('STORAGE'),
    nodeTypes: ['FILE_MANAGER_TOOL'],
    authTypes: ['NONE'],
  },
};

export interface NodeTypeSpec {
  label: string;
  integrationType: IntegrationTypeId;
}

export const NODE_TYPES: Record<NodeTypeId, NodeTypeSpec> = {
  REST_API_NODE: { label: 'Rest API', integrationType: 'REST_API' },
  REST_API_TOOL: { label: 'REST API Tool', integrationType: 'REST_API' },
  SQL: { label: 'SQL', integrationType: 'DATABASE' },
  SQL_TOOL: { label: 'SQL Tool', integrationType: 'DATABASE' },
  SEND_EMAIL: { label: 'Send Email', integrationType: 'EMAIL' },
  EMAIL_TOOL: { label: 'Email Tool', integrationType: 'EMAIL' },
  SEND_SMS: { label: 'Send SMS', integrationType: 'SMS' },
  AI_AGENT: { label: 'AI Agent', integrationType: 'AI_PROVIDER' },
  VOICE_CALL: { label: 'Voice Call', integrationType: 'AI_PROVIDER' },
  MCP_TOOL: { label: 'MCP Tool', integrationType: 'MCP' },
  FILE_MANAGER_TOOL: { label: 'File Manager Tool', integrationType: 'STORAGE' },
};

// ---------------------------------------------------------------------------------------------
// Guards and lookups

export function isIntegrationType(value: string): value is IntegrationTypeId {
  return (INTEGRATION_TYPE_IDS as readonly string[]).includes(value);
}
export function isProvider(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}
export function isAuthType(value: string): value is AuthTypeId {
  return (AUTH_TYPE_IDS as readonly string[]).includes(value);
}
export function isNodeType(value: string): value is NodeTypeId {
  return (NODE_TYPE_IDS as readonly string[]).includes(value);
}

/** Whether `provider` belongs to integration type `type`. */
export function providerFitsType(type: IntegrationTypeId, provider: string): boolean {
  return isProvider(provider) && PROVIDERS[provider].type === type;
}

/** The fields configured on an integration (template) for an auth type. */
export function integrationFieldsFor(authType: AuthTypeId): readonly FieldSpec[] {
  return AUTH_TYPES[authType].integrationFields;
}

/**
 * The per-environment credential fields of a connection: the provider's own fields followed by
 * the auth type's connection fields (a REST API has no provider fields, so only the auth type's).
 * The auth type only counts when the integration type allows it.
 */
export function connectionFieldsFor(type: IntegrationTypeId, provider: string, authType: AuthTypeId): FieldSpec[] {
  const providerFields = isProvider(provider) && PROVIDERS[provider].type === type ? PROVIDERS[provider].credentialFields : [];
  const authFields = INTEGRATION_TYPES[type].authTypes.includes(authType) ? AUTH_TYPES[authType].connectionFields : [];
  const seen = new Set(providerFields.map((f) => f.key));
  return [...providerFields, ...authFields.filter((f) => !seen.has(f.key))];
}

/** Whether a provider can be tested by `testConnection` today. */
export function isTestable(provider: string): boolean {
  return isProvider(provider) && PROVIDERS[provider].testable;
}

// ---------------------------------------------------------------------------------------------
// Validation (shared by the server and the SPA)

export interface ValidateOptions {
  /** Keys of secret fields that already have a stored value: blank keeps it, so required is met. */
  storedSecrets?: readonly string[];
}

/** A value the user left empty (absent, null, '', or an empty key-value list). */
export function isBlankFieldValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function isKeyValueList(value: unknown): value is KeyValuePair[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as Record<string, unknown>).key === 'string' &&
        typeof (entry as Record<string, unknown>).value === 'string',
    )
  );
}

/** A text that contains a secret reference is checked at resolution, not now. */
function hasReference(value: string): boolean {
  return findSecretReferences(value).length > 0;
}

function malformedReference(value: string): string | null {
  const bad = findSecretReferences(value).find((match) => !match.valid);
  return bad ? `${bad.text} is not a valid secret reference: keys use uppercase letters, digits and underscores.` : null;
}

const MAX_VALUE_LENGTH = 32_768;

function valueProblem(spec: FieldSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `${spec.label} must be true or false.`;
    case 'number': {
      if (typeof value === 'number') return Number.isFinite(value) ? null : `${spec.label} must be a number.`;
      if (typeof value !== 'string') return `${spec.label} must be a number.`;
      if (hasReference(value)) return malformedReference(value);
      return /^-?\d+(\.\d+)?$/.test(value.trim()) ? null : `${spec.label} must be a number.`;
    }
    case 'keyValue': {
      if (!isKeyValueList(value)) return `${spec.label} must be a list of name and value pairs.`;
      if (value.some((pair) => pair.key.trim() === '')) return `Every entry of ${spec.label} needs a name.`;
      for (const pair of value) {
        const bad = malformedReference(pair.value) ?? malformedReference(pair.key);
        if (bad) return bad;
      }
      return null;
    }
    case 'select':
      if (typeof value !== 'string') return `${spec.label} must be one of: ${(spec.options ?? []).join(', ')}.`;
      return (spec.options ?? []).includes(value) ? null : `${spec.label} must be one of: ${(spec.options ?? []).join(', ')}.`;
    case 'url': {
      if (typeof value !== 'string') return `${spec.label} must be a URL.`;
      if (value.length > MAX_VALUE_LENGTH) return `${spec.label} is too long.`;
      if (hasReference(value)) return malformedReference(value);
      return isHttpUrl(value) || /^wss?:\/\//.test(value) ? null : `${spec.label} must be an http(s) URL.`;
    }
    case 'text':
    case 'password':
    case 'textarea':
      if (typeof value !== 'string') return `${spec.label} must be text.`;
      if (value.length > MAX_VALUE_LENGTH) return `${spec.label} is too long.`;
      return malformedReference(value);
  }
}

// A regex rather than `URL`: this module also runs where no DOM or Node typings are loaded.
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(:\d+)?([/?#]\S*)?$/i;

export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/**
 * Problems with a set of field values against their specs: unknown keys, missing required values
 * (a blank secret with a stored value is fine), and values of the wrong kind. Messages never quote
 * a value.
 */
export function validateCredentialFields(
  fields: readonly FieldSpec[],
  values: Readonly<Record<string, unknown>>,
  options: ValidateOptions = {},
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) problems.push({ field: key, message: `${key} is not a field of this connection.` });
  }
  const stored = new Set(options.storedSecrets ?? []);
  for (const spec of fields) {
    const value = values[spec.key];
    if (isBlankFieldValue(value)) {
      if (spec.required && !(spec.secret && stored.has(spec.key))) {
        problems.push({ field: spec.key, message: `${spec.label} is required.` });
      }
      continue;
    }
    const problem = valueProblem(spec, value);
    if (problem) problems.push({ field: spec.key, message: problem });
  }
  return problems;
}

/** Every text inside a field value, for finding secret references. */
export function fieldValueTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (isKeyValueList(value)) return value.flatMap((pair) => [pair.key, pair.value]);
  return [];
}
