import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestMeta } from '../../core/actor';
import type { AuditService } from '../audit/audit.service';
import { Integration, IntegrationConfig } from './integration.entity';
import { STARTER_INTEGRATIONS } from './starter-integrations';

const SYSTEM_META: RequestMeta = { ip: null, userAgent: 'keyward-server', requestId: 'startup' };

/**
 * The starter set of system integrations on a new installation. Idempotent: each starter is
 * created once (by its starter key); one a super admin deleted is not brought back, because
 * the set is only seeded while no starter has ever been created (an audit event marks it).
 */
export async function seedStarterSet(em: EntityManager, audit: AuditService): Promise<number> {
  const fork = em.fork();
  if (await audit.hasRecorded(fork, 'integration.starter_set_created')) return 0;
  let created = 0;
  await fork.transactional(async (tx) => {
    for (const starter of STARTER_INTEGRATIONS) {
      if ((await tx.count(Integration, { starterKey: starter.key })) > 0) continue;
      const integration = tx.create(Integration, {
        organization: null,
        name: starter.name,
        description: starter.description,
        type: starter.type,
        provider: starter.provider,
        configMode: 'SAME_FOR_ALL',
        starterKey: starter.key,
      });
      tx.create(IntegrationConfig, {
        integration,
        environment: null,
        baseUrl: starter.baseUrl ?? null,
        testPath: starter.testPath ?? null,
        authType: starter.authType,
        settings: starter.settings ?? {},
      });
      created += 1;
    }
    audit.record(tx, SYSTEM_META, {
      organizationId: null,
      action: 'integration.starter_set_created',
      targetType: 'Integration',
      summary: `Created ${created} starter system integrations`,
      actorType: 'SYSTEM',
      actorLabel: 'keyward',
    });
  });
  return created;
}
