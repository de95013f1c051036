/**
 * The integration catalog: integration types, their providers, the credential fields each
 * combination needs and the workflow node types that may use each integration type. Auth types are
 * in integration-auth-types.ts, field specs in integration-fields.ts. The server validates against
 * it and the SPA renders every form from it, so a new provider or auth type is one entry here.
 */
import { AUTH_TYPE_IDS, AUTH_TYPES, type AuthTypeId } from './integration-auth-types';
import { bool, databaseFields, num, SECRET_HELP, secret, text, url } from './integration-field-builders';
import type { FieldSpec } from './integration-fields';

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
export function isNodeType(value: string): value is NodeTypeId {
  return (NODE_TYPE_IDS as readonly string[]).includes(value);
}

/** Whether `provider` belongs to integration type `type`. */
export function providerFitsType(type: IntegrationTypeId, provider: string): boolean {
  return isProvider(provider) && PROVIDERS[provider].type === type;
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
