import { validateCredentialFields } from '@keyward/shared/credential-validation';
import {
  AUTH_TYPE_IDS,
  AUTH_TYPES,
  authSettingsProblems,
  integrationFieldsFor,
  isAuthType,
  type AuthTypeId,
} from '@keyward/shared/integration-auth-types';
import { INTEGRATION_TYPES, type IntegrationTypeId, isIntegrationType } from '@keyward/shared/integration-catalog';
import { isBlankFieldValue } from '@keyward/shared/integration-fields';
import { emptyFieldValue, type CatalogFieldValue } from '../../components/catalog-field-input';
import type { ConfigMode, CreateIntegrationInput, IntegrationConfigInput, IntegrationDetailsFieldsFragment, IntegrationScope, UpdateIntegrationInput } from '../../graphql/generated';

export interface OrgEnvironment {
  slug: string;
  name: string;
}

export interface ConfigFormValues {
  /** Null for the one configuration of "Same for all". */
  environment: string | null;
  baseUrl: string;
  testPath: string;
  authType: AuthTypeId;
  /** Values of every auth type's integration fields, so switching the auth type back and forth loses nothing. */
  settings: Record<string, CatalogFieldValue>;
}

export interface IntegrationFormValues {
  name: string;
  description: string;
  domainVertical: string;
  type: IntegrationTypeId | '';
  provider: string;
  scope: IntegrationScope;
  specUrl: string;
  configMode: ConfigMode;
  shared: ConfigFormValues;
  perEnvironment: ConfigFormValues[];
}

type IntegrationConfig = IntegrationDetailsFieldsFragment['configs'][number];

/** What the form shows of a type: REST APIs have a base URL, test path and spec; others only what the catalog gives. */
export function typeHasEndpoint(type: IntegrationTypeId | ''): boolean {
  return type === 'REST_API';
}

export function authTypesOf(type: IntegrationTypeId | ''): readonly AuthTypeId[] {
  return type === '' ? ['NONE'] : INTEGRATION_TYPES[type].authTypes;
}

/** Whether the type has anything to configure on the template (endpoint or a choice of auth). */
export function typeHasConfiguration(type: IntegrationTypeId | ''): boolean {
  return typeHasEndpoint(type) || authTypesOf(type).length > 1;
}

function allSettingFields() {
  return AUTH_TYPE_IDS.flatMap((authType) => [...integrationFieldsFor(authType)]);
}

function emptySettings(): Record<string, CatalogFieldValue> {
  const settings: Record<string, CatalogFieldValue> = {};
  for (const field of allSettingFields()) settings[field.key] = field.kind === 'select' ? (field.options?.[0] ?? '') : emptyFieldValue(field);
  return settings;
}

export function emptyConfig(environment: string | null, authType: AuthTypeId = 'NONE'): ConfigFormValues {
  return { environment, baseUrl: '', testPath: '', authType, settings: emptySettings() };
}

function configFromApi(config: IntegrationConfig | undefined, environment: string | null): ConfigFormValues {
  if (!config) return emptyConfig(environment);
  const settings = emptySettings();
  for (const [key, value] of Object.entries(config.settings)) {
    if (typeof value === 'string' || typeof value === 'boolean') settings[key] = value;
    else if (typeof value === 'number') settings[key] = String(value);
  }
  return {
    environment,
    baseUrl: config.baseUrl ?? '',
    testPath: config.testPath ?? '',
    authType: isAuthType(config.authType) ? config.authType : 'NONE',
    settings,
  };
}

export function emptyIntegrationForm(environments: readonly OrgEnvironment[]): IntegrationFormValues {
  return {
    name: '',
    description: '',
    domainVertical: '',
    type: '',
    provider: '',
    scope: 'ORGANIZATION',
    specUrl: '',
    configMode: 'SAME_FOR_ALL',
    shared: emptyConfig(null),
    perEnvironment: environments.map((environment) => emptyConfig(environment.slug)),
  };
}

export function integrationFormDefaults(integration: IntegrationDetailsFieldsFragment, environments: readonly OrgEnvironment[]): IntegrationFormValues {
  const byEnvironment = (slug: string | null) => integration.configs.find((config) => (config.environment ?? null) === slug);
  const shared = integration.configMode === 'SAME_FOR_ALL' ? byEnvironment(null) ?? integration.configs[0] : integration.configs[0];
  return {
    name: integration.name,
    description: integration.description ?? '',
    domainVertical: integration.domainVertical ?? '',
    type: isIntegrationType(integration.type) ? integration.type : '',
    provider: integration.provider,
    scope: integration.scope,
    specUrl: integration.specUrl ?? '',
    configMode: integration.configMode,
    shared: configFromApi(shared, null),
    perEnvironment: environments.map((environment) => configFromApi(byEnvironment(environment.slug) ?? shared, environment.slug)),
  };
}

/** The keys of secret settings that have a stored value for a form configuration, on edit. */
export function storedSecretSettings(integration: IntegrationDetailsFieldsFragment | null, environment: string | null): readonly string[] {
  if (!integration) return [];
  const config = integration.configs.find((candidate) => (candidate.environment ?? null) === environment);
  return config?.secretSettingsSet ?? [];
}

function settingsPayload(config: ConfigFormValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of integrationFieldsFor(config.authType)) {
    const value = config.settings[field.key] ?? emptyFieldValue(field);
    // A blank secret keeps the stored value.
    if (field.secret && isBlankFieldValue(value)) continue;
    payload[field.key] = typeof value === 'string' ? value.trim() : value;
  }
  return payload;
}

function configInput(config: ConfigFormValues, type: IntegrationTypeId | ''): IntegrationConfigInput {
  const endpoint = typeHasEndpoint(type);
  return {
    environment: config.environment,
    baseUrl: endpoint && config.baseUrl.trim() !== '' ? config.baseUrl.trim() : null,
    testPath: endpoint && config.testPath.trim() !== '' ? config.testPath.trim() : null,
    authType: authTypesOf(type).includes(config.authType) ? config.authType : 'NONE',
    settings: settingsPayload(config),
  };
}

/** The configurations sent, in the order the server numbers them (`configs.N`). */
export function sentConfigs(values: IntegrationFormValues): ConfigFormValues[] {
  return values.configMode === 'SAME_FOR_ALL' ? [values.shared] : values.perEnvironment;
}

export function toCreateInput(values: IntegrationFormValues): CreateIntegrationInput {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    domainVertical: values.domainVertical.trim() || null,
    type: values.type === '' ? 'REST_API' : values.type,
    provider: values.provider,
    scope: values.scope,
    configMode: values.configMode,
    specUrl: values.type === 'REST_API' && values.specUrl.trim() !== '' ? values.specUrl.trim() : null,
    configs: sentConfigs(values).map((config) => configInput(config, values.type)),
  };
}

export function toUpdateInput(values: IntegrationFormValues): UpdateIntegrationInput {
  const { type: _type, scope: _scope, ...input } = toCreateInput(values);
  return input;
}

export type IntegrationFormPath =
  | 'name'
  | 'description'
  | 'domainVertical'
  | 'type'
  | 'provider'
  | 'specUrl'
  | `shared.${'baseUrl' | 'testPath' | 'authType'}`
  | `shared.settings.${string}`
  | `perEnvironment.${number}.${'baseUrl' | 'testPath' | 'authType'}`
  | `perEnvironment.${number}.settings.${string}`;

/** Problems the shared catalog finds in the settings, at their form paths; shown before anything is sent. */
export function localSettingProblems(
  values: IntegrationFormValues,
  integration: IntegrationDetailsFieldsFragment | null,
): { path: IntegrationFormPath; message: string }[] {
  const problems: { path: IntegrationFormPath; message: string }[] = [];
  sentConfigs(values).forEach((config, index) => {
    const base = values.configMode === 'SAME_FOR_ALL' ? 'shared' : (`perEnvironment.${index}` as const);
    const fields = integrationFieldsFor(config.authType);
    const stored = storedSecretSettings(integration, values.configMode === 'SAME_FOR_ALL' ? null : config.environment);
    const settings = settingsPayload(config);
    for (const problem of [...validateCredentialFields(fields, settings, { storedSecrets: stored }), ...authSettingsProblems(config.authType, settings)]) {
      problems.push({ path: `${base}.settings.${problem.field}`, message: problem.message });
    }
  });
  return problems;
}

/** Where a server field problem (`configs.1.settings.clientSecret`, `name`) belongs in the form. */
export function integrationFormPath(field: string, values: IntegrationFormValues): IntegrationFormPath | null {
  const key = field.replace(/^input\./, '');
  if (['name', 'description', 'domainVertical', 'type', 'provider', 'specUrl'].includes(key)) return key as IntegrationFormPath;
  const match = /^configs\.(\d+)\.(baseUrl|testPath|authType|settings\.(\w+))$/.exec(key);
  if (match === null) return null;
  const index = Number(match[1]);
  const rest = match[2] ?? '';
  if (values.configMode === 'SAME_FOR_ALL') return `shared.${rest}` as IntegrationFormPath;
  if (index >= values.perEnvironment.length) return null;
  return `perEnvironment.${index}.${rest}` as IntegrationFormPath;
}

export function authTypeOptions(type: IntegrationTypeId | '') {
  return authTypesOf(type).map((authType) => ({ value: authType, label: AUTH_TYPES[authType].label }));
}
