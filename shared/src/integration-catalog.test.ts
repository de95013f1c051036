import { describe, expect, it } from 'vitest';
import {
  AUTH_TYPE_IDS,
  AUTH_TYPES,
  connectionFieldsFor,
  INTEGRATION_TYPE_IDS,
  INTEGRATION_TYPES,
  integrationFieldsFor,
  NODE_TYPE_IDS,
  NODE_TYPES,
  PROVIDER_IDS,
  PROVIDERS,
  validateCredentialFields,
} from './integration-catalog';

describe('integration catalog', () => {
  it('lists every provider under exactly the integration type it belongs to', () => {
    for (const id of PROVIDER_IDS) {
      const owners = INTEGRATION_TYPE_IDS.filter((type) => INTEGRATION_TYPES[type].providers.includes(id));
      expect(owners).toEqual([PROVIDERS[id].type]);
    }
  });

  it('maps node types to integration types as the design says', () => {
    expect(INTEGRATION_TYPES.REST_API.nodeTypes).toEqual(['REST_API_NODE', 'REST_API_TOOL']);
    expect(INTEGRATION_TYPES.AI_PROVIDER.nodeTypes).toEqual(['AI_AGENT', 'VOICE_CALL']);
    for (const id of NODE_TYPE_IDS) expect(INTEGRATION_TYPES[NODE_TYPES[id].integrationType].nodeTypes).toContain(id);
  });

  it('lets a REST API choose all six auth types', () => {
    expect(INTEGRATION_TYPES.REST_API.authTypes).toEqual(AUTH_TYPE_IDS);
  });

  it('gives a REST API connection the fields of its auth type', () => {
    expect(connectionFieldsFor('REST_API', 'rest', 'BASIC').map((f) => f.key)).toEqual(['username', 'password']);
    expect(connectionFieldsFor('REST_API', 'rest', 'NONE')).toEqual([]);
  });

  it('gives a database connection the provider fields', () => {
    expect(connectionFieldsFor('DATABASE', 'postgresql', 'NONE').map((f) => f.key)).toEqual([
      'host',
      'port',
      'database',
      'username',
      'password',
      'ssl',
    ]);
  });

  it('ignores an auth type the integration type does not allow', () => {
    expect(connectionFieldsFor('EMAIL', 'smtp', 'BEARER').map((f) => f.key)).not.toContain('token');
  });

  it('marks the OAuth2 client secret as secret', () => {
    const clientSecret = integrationFieldsFor('OAUTH2').find((f) => f.key === 'clientSecret');
    expect(clientSecret?.secret).toBe(true);
  });

  it('keeps every field key unique within a combination', () => {
    for (const type of INTEGRATION_TYPE_IDS) {
      for (const provider of INTEGRATION_TYPES[type].providers) {
        for (const auth of INTEGRATION_TYPES[type].authTypes) {
          const keys = connectionFieldsFor(type, provider, auth).map((f) => f.key);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }
    }
    for (const auth of AUTH_TYPE_IDS) {
      const keys = AUTH_TYPES[auth].integrationFields.map((f) => f.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('validateCredentialFields', () => {
  const fields = connectionFieldsFor('DATABASE', 'postgresql', 'NONE');

  it('accepts complete values', () => {
    expect(
      validateCredentialFields(fields, { host: 'h', port: 5432, database: 'd', username: 'u', password: 'p', ssl: false }),
    ).toEqual([]);
  });

  it('reports missing required fields by key', () => {
    const problems = validateCredentialFields(fields, { host: '', port: '5432' });
    expect(problems.map((p) => p.field)).toEqual(['host', 'database', 'username']);
  });

  it('reports unknown keys and wrong kinds', () => {
    const problems = validateCredentialFields(fields, { host: 'h', port: 'abc', database: 'd', username: 'u', extra: 'x', ssl: 'yes' });
    expect(problems.map((p) => p.field).sort()).toEqual(['extra', 'port', 'ssl']);
  });

  it('accepts a secret reference in a number field', () => {
    expect(validateCredentialFields(fields, { host: 'h', port: '@@SECRET:DB_PORT@@', database: 'd', username: 'u' })).toEqual([]);
  });

  it('refuses a malformed secret reference without quoting other text', () => {
    const [problem] = validateCredentialFields(fields, { host: 'h', port: 1, database: 'd', username: 'u', password: 'x@@SECRET:bad@@' });
    expect(problem?.field).toBe('password');
    expect(problem?.message).toContain('@@SECRET:bad@@');
  });

  it('lets a blank required secret pass when a value is stored', () => {
    const bearer = connectionFieldsFor('REST_API', 'rest', 'BEARER');
    expect(validateCredentialFields(bearer, {})).toHaveLength(1);
    expect(validateCredentialFields(bearer, { token: '' }, { storedSecrets: ['token'] })).toEqual([]);
  });

  it('validates select options and key-value lists', () => {
    expect(validateCredentialFields(integrationFieldsFor('API_KEY'), { headerName: 'X-Key', location: 'cookie' })[0]?.field).toBe('location');
    const headers = connectionFieldsFor('REST_API', 'rest', 'CUSTOM_HEADERS');
    expect(validateCredentialFields(headers, { headers: [{ key: 'X-A', value: '@@SECRET:A@@' }] })).toEqual([]);
    expect(validateCredentialFields(headers, { headers: [{ key: '', value: 'v' }] })[0]?.field).toBe('headers');
    expect(validateCredentialFields(headers, { headers: 'X-A: 1' })[0]?.field).toBe('headers');
  });
});

describe('url fields', () => {
  const oauth = integrationFieldsFor('OAUTH2');
  const base = { authorizationUrl: 'https://a.example.com/auth', tokenUrl: 'http://127.0.0.1:8080/token', clientId: 'c', clientSecret: 's' };

  it('accepts http(s) URLs', () => {
    expect(validateCredentialFields(oauth, base)).toEqual([]);
  });

  it.each(['ftp://x', 'example.com', 'https://', 'https://a b'])('refuses %j', (value) => {
    expect(validateCredentialFields(oauth, { ...base, tokenUrl: value })[0]?.field).toBe('tokenUrl');
  });
});
