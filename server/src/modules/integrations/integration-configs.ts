import { isHttpUrl, validateCredentialFields } from '@keyward/shared/credential-validation';
import { authSettingsProblems, integrationFieldsFor } from '@keyward/shared/integration-auth-types';
import { INTEGRATION_TYPES, type IntegrationTypeId } from '@keyward/shared/integration-catalog';
import { fieldValueTexts, isBlankFieldValue } from '@keyward/shared/integration-fields';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../core/actor';
import type { FieldError } from '../../core/errors';
import type { EncryptionContext, Envelope } from '../../crypto/envelope';
import { openJson, sealJson } from '../../crypto/sealed-columns';
import { IntegrationConfig, type ConfigMode, type Integration } from './integration.entity';
import type { IntegrationConfigData } from './integration-data';

/*
 * An integration's basics and configurations as input gives them: validated against the catalog,
 * secret settings sealed. Pure but for the rows they build in the caller's entity manager.
 */

const ENVIRONMENT_SLUG = /^[a-z][a-z0-9-]{0,31}$/;

/** The associated data of an integration configuration's secret settings. */
export function integrationConfigContext(integration: Pick<Integration, 'id' | 'organization'>, environment: string | null): EncryptionContext {
  return {
    purpose: 'integration-config',
    organization: integration.organization?.id ?? 'system',
    integration: integration.id,
    environment: environment ?? '*',
  };
}

/** The name, description, domain vertical and spec URL an input gives, trimmed; problems name the field. */
export function checkBasics(
  data: { name?: string | null; description?: string | null; domainVertical?: string | null; specUrl?: string | null },
  type: IntegrationTypeId,
  problems: FieldError[],
): { name?: string; description?: string; domainVertical?: string; specUrl?: string | null } {
  const out: { name?: string; description?: string; domainVertical?: string; specUrl?: string | null } = {};
  if (data.name != null) {
    const name = data.name.trim();
    if (name.length === 0) problems.push({ field: 'name', message: 'Enter a name.' });
    else if (name.length > 120) problems.push({ field: 'name', message: 'A name may be at most 120 characters.' });
    out.name = name;
  }
  if (data.description != null) {
    if (data.description.length > 1000) problems.push({ field: 'description', message: 'A description may be at most 1000 characters.' });
    out.description = data.description.trim();
  }
  if (data.domainVertical != null) {
    if (data.domainVertical.length > 120) problems.push({ field: 'domainVertical', message: 'A domain vertical may be at most 120 characters.' });
    out.domainVertical = data.domainVertical.trim();
  }
  if (data.specUrl !== undefined) {
    const specUrl = data.specUrl?.trim() || null;
    if (specUrl !== null && type !== 'REST_API') problems.push({ field: 'specUrl', message: 'Only a REST API integration links an OpenAPI specification.' });
    else if (specUrl !== null && !isHttpUrl(specUrl)) problems.push({ field: 'specUrl', message: 'Enter an http(s) URL of the OpenAPI document.' });
    out.specUrl = specUrl;
  }
  return out;
}

/**
 * Validates the configurations against the catalog and builds their rows, reusing an existing
 * row per environment so a blank secret setting keeps its stored value.
 */
export function buildConfigs(
  envelope: Envelope,
  em: EntityManager,
  actor: Actor,
  integration: Integration,
  mode: ConfigMode,
  inputs: IntegrationConfigData[],
  existing: IntegrationConfig[],
  problems: FieldError[],
): IntegrationConfig[] {
  const typeSpec = INTEGRATION_TYPES[integration.type];
  if (inputs.length === 0) {
    problems.push({ field: 'configs', message: 'Add a configuration.' });
    return [];
  }
  if (mode === 'SAME_FOR_ALL' && inputs.length !== 1) {
    problems.push({ field: 'configs', message: 'Same for all takes exactly one configuration.' });
    return [];
  }
  const orgEnvironments = actor.organization.environments.map((e) => e.slug);
  const seen = new Set<string>();
  const rows: IntegrationConfig[] = [];
  inputs.forEach((input, index) => {
    const at = (field: string) => `configs.${index}.${field}`;
    const environment = mode === 'SAME_FOR_ALL' ? null : (input.environment?.trim() ?? '');
    if (environment !== null) {
      const valid = integration.organization === null ? ENVIRONMENT_SLUG.test(environment) : orgEnvironments.includes(environment);
      if (!valid) problems.push({ field: at('environment'), message: `Choose one of the organization's environments (${orgEnvironments.join(', ')}).` });
      else if (seen.has(environment)) problems.push({ field: at('environment'), message: `${environment} is configured twice.` });
      seen.add(environment);
    }
    if (!typeSpec.authTypes.includes(input.authType)) {
      problems.push({ field: at('authType'), message: `A ${typeSpec.label} integration cannot use ${input.authType}.` });
      return;
    }
    const baseUrl = input.baseUrl?.trim() || null;
    if (baseUrl === null && integration.type === 'REST_API') problems.push({ field: at('baseUrl'), message: 'Enter the base URL of the API.' });
    if (baseUrl !== null && !isHttpUrl(baseUrl)) problems.push({ field: at('baseUrl'), message: 'The base URL must be an http(s) URL.' });
    const testPath = input.testPath?.trim() || null;
    if (testPath !== null && (!testPath.startsWith('/') || testPath.length > 2000)) problems.push({ field: at('testPath'), message: 'The test path starts with / (e.g. /v1/me).' });

    const row = existing.find((c) => c.environment === environment) ?? em.create(IntegrationConfig, { integration, environment });
    const fields = integrationFieldsFor(input.authType);
    const storedSecrets = existing.includes(row) ? row.secretKeys.filter((k) => fields.some((f) => f.key === k && f.secret)) : [];
    const fieldProblems = [...validateCredentialFields(fields, input.settings, { storedSecrets }), ...authSettingsProblems(input.authType, input.settings)];
    for (const p of fieldProblems) problems.push({ field: at(`settings.${p.field}`), message: p.message });
    if (fieldProblems.length > 0) return;

    const context = integrationConfigContext(integration, environment);
    const stored = storedSecrets.length > 0 ? openJson(envelope, row, context) : {};
    const plain: Record<string, unknown> = {};
    const secrets: Record<string, unknown> = {};
    for (const field of fields) {
      const value = input.settings[field.key];
      if (field.secret) {
        if (!isBlankFieldValue(value)) secrets[field.key] = value;
        else if (storedSecrets.includes(field.key) && stored[field.key] !== undefined) secrets[field.key] = stored[field.key];
      } else if (!isBlankFieldValue(value)) {
        plain[field.key] = value;
      }
    }
    Object.assign(row, { baseUrl, testPath, authType: input.authType, settings: plain, secretKeys: Object.keys(secrets), position: index });
    sealJson(envelope, row, secrets, context);
    rows.push(row);
  });
  return rows;
}

/** Every text of a configuration that may hold a `@@SECRET:KEY@@` reference, secret settings opened. */
export function configTexts(envelope: Envelope, integration: Integration, config: IntegrationConfig): string[] {
  const texts = [config.baseUrl ?? '', config.testPath ?? '', ...Object.values(config.settings).flatMap(fieldValueTexts)];
  if (config.secretKeys.length > 0) {
    const secrets = openJson(envelope, config, integrationConfigContext(integration, config.environment));
    texts.push(...Object.values(secrets).flatMap(fieldValueTexts));
  }
  return texts;
}
