import { describe, expect, it } from 'vitest';
import { validateCredentialFields } from './credential-validation';
import { integrationFieldsFor } from './integration-auth-types';
import { connectionFieldsFor } from './integration-catalog';

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
