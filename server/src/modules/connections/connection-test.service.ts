import type { EntityManager } from '@mikro-orm/postgresql';
import { isTestable, PROVIDERS } from '@keyward/shared/integration-catalog';
import type { Actor, RequestMeta } from '../../core/actor';
import { DomainError } from '../../core/errors';
import type { OutboundGuard } from '../../outbound/outbound-guard';
import type { AuditService } from '../audit/audit.service';
import type { ConnectionAccess } from './connection-access';
import { OAuthRefreshFailedError, OAuthTokenRequestFailedError } from './connection-errors';
import type { ResolvedConnectionData } from './connection-resolution';
import type { ConnectionResolutionService } from './connection-resolution.service';
import { recordConnectionTestResult } from './connection-test-results';
import { testConnectionTarget, type ConnectionTestOutcome } from './connection-tester';
import type { Connection } from './connection.entity';

export interface ConnectionTestDeps {
  access: ConnectionAccess;
  audit: AuditService;
  /** Every test's outbound connection goes through it. */
  outbound: OutboundGuard;
  resolution: ConnectionResolutionService;
}

/** Testing a connection's credentials against the real service, audited. */
export class ConnectionTestService {
  constructor(private readonly deps: ConnectionTestDeps) {}

  /**
   * Tests one environment's credentials against the real service. The message is the remote
   * side's error with every credential value blanked out.
   */
  async test(em: EntityManager, actor: Actor, id: string, environment: string, meta: RequestMeta): Promise<ConnectionTestOutcome> {
    const connection = await this.deps.access.find(em, actor, id);
    const integration = connection.integration;
    if (!isTestable(integration.provider)) {
      const label = PROVIDERS[integration.provider as keyof typeof PROVIDERS]?.label ?? integration.provider;
      return { available: false, ok: false, message: `Testing is not available for ${label} yet.` };
    }
    let resolved: ResolvedConnectionData;
    try {
      // With the client_credentials grant the test requests a new token (Request token).
      resolved = await this.deps.resolution.resolveVisible(em, actor, connection, environment, meta, { freshToken: true });
    } catch (error) {
      const tokenFailed = error instanceof OAuthRefreshFailedError || error instanceof OAuthTokenRequestFailedError;
      if (tokenFailed) await recordConnectionTestResult(em, connection.id, environment, { available: true, ok: false, message: error.message });
      if (error instanceof DomainError && (error.code === 'NOT_FOUND' || tokenFailed)) return { available: true, ok: false, message: error.message };
      throw error;
    }
    const outcome =
      resolved.integration.authType === 'OAUTH2' && resolved.integration.testPath === null && clientCredentialsUsed(resolved)
        ? tokenObtained(resolved)
        : await testConnectionTarget(resolved, resolved.integration.testPath, this.deps.outbound);
    await recordConnectionTestResult(em, connection.id, environment, outcome);
    return this.recorded(em, actor, connection, environment, meta, outcome);
  }

  private async recorded(em: EntityManager, actor: Actor, connection: Connection, environment: string, meta: RequestMeta, outcome: ConnectionTestOutcome): Promise<ConnectionTestOutcome> {
    this.deps.audit.record(em, meta, {
      organizationId: actor.organization.id,
      actor,
      action: 'connection.tested',
      targetType: 'Connection',
      targetId: connection.id,
      summary: `Tested connection ${connection.name} in ${environment}: ${outcome.ok ? 'succeeded' : 'failed'}`,
    });
    await em.flush();
    return outcome;
  }
}

/** Whether a resolution's integration uses the OAuth2 client_credentials grant. */
function clientCredentialsUsed(resolved: ResolvedConnectionData): boolean {
  return resolved.integration.settings.grantType === 'client_credentials';
}

/** The outcome of a client_credentials test with no test path: the token request itself. */
function tokenObtained(resolved: ResolvedConnectionData): ConnectionTestOutcome {
  const expires = typeof resolved.fields.accessTokenExpiresAt === 'string' ? ` It is cached until ${resolved.fields.accessTokenExpiresAt}.` : '';
  return { available: true, ok: true, message: `The token endpoint issued an access token for the client credentials.${expires}` };
}
