import { DomainError } from '../../core/errors';

/** An environment of a connection has no saved credential (NOT_FOUND, naming both). */
export class CredentialsMissingError extends DomainError {
  constructor(connectionName: string, environment: string) {
    super('NOT_FOUND', `Connection ${connectionName} has no credentials in ${environment}.`);
    this.name = 'CredentialsMissingError';
  }
}

/** The connection's integration has no configuration for the environment (NOT_FOUND, naming both). */
export class IntegrationConfigMissingError extends DomainError {
  constructor(integrationName: string, environment: string) {
    super('NOT_FOUND', `Integration ${integrationName} has no configuration for ${environment}.`);
    this.name = 'IntegrationConfigMissingError';
  }
}

/** The OAuth2 refresh of a connection's access token failed; the message names the connection, environment and provider error. */
export class OAuthRefreshFailedError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
    this.name = 'OAuthRefreshFailedError';
  }
}

/** A client-credentials token request failed; the message names the connection, environment and provider error. */
export class OAuthTokenRequestFailedError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
    this.name = 'OAuthTokenRequestFailedError';
  }
}
