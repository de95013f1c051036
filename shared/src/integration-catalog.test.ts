import { describe, expect, it } from 'vitest';
import { AUTH_TYPE_IDS, AUTH_TYPES, authSettingsProblems, integrationFieldsFor } from './integration-auth-types';
import {
  connectionFieldsFor,
  INTEGRATION_TYPE_IDS,
  INTEGRATION_TYPES,
  NODE_TYPE_IDS,
  NODE_TYPES,
  PROVIDER_IDS,
  PROVIDERS,
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

  it('offers the OAuth2 grant types and token endpoint authentication methods as choices', () => {
    const fields = integrationFieldsFor('OAUTH2');
    expect(fields.find((f) => f.key === 'grantType')?.options).toEqual(['authorization_code', 'client_credentials']);
    expect(fields.find((f) => f.key === 'tokenEndpointAuthMethod')?.options).toEqual(['client_secret_basic', 'client_secret_post']);
    expect(fields.find((f) => f.key === 'issuer')?.required).toBe(false);
  });

  it('needs the OAuth2 endpoints the grant uses unless an issuer is set', () => {
    const client = { clientId: 'c', clientSecret: 's' };
    expect(authSettingsProblems('OAUTH2', { ...client, authorizationUrl: 'https://a.test/auth', tokenUrl: 'https://a.test/token' })).toEqual([]);
    expect(authSettingsProblems('OAUTH2', client).map((p) => p.field)).toEqual(['tokenUrl', 'authorizationUrl']);
    expect(authSettingsProblems('OAUTH2', { ...client, grantType: 'client_credentials', tokenUrl: 'https://a.test/token' })).toEqual([]);
    expect(authSettingsProblems('OAUTH2', { ...client, issuer: 'https://a.test' })).toEqual([]);
    expect(authSettingsProblems('BEARER', {})).toEqual([]);
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
