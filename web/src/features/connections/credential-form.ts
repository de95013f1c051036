import { validateCredentialFields } from '@keyward/shared/credential-validation';
import { isBlankFieldValue, type FieldKind, type FieldSpec, type KeyValuePair } from '@keyward/shared/integration-fields';
import { emptyFieldValue, type CatalogField, type CatalogFieldValue } from '../../components/catalog-field-input';

/** The values of one environment row, by field key. */
export type CredentialRowValues = Record<string, CatalogFieldValue>;

interface EnvironmentState {
  values?: Record<string, unknown> | null;
}

function isKeyValueList(value: unknown): value is KeyValuePair[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'object' && entry !== null && 'key' in entry && 'value' in entry);
}

/** What a row's form starts with: stored non-secret values; secret fields start blank (blank keeps the stored value). */
export function credentialRowDefaults(fields: readonly CatalogField[], environment: EnvironmentState): CredentialRowValues {
  const stored = environment.values ?? {};
  const defaults: CredentialRowValues = {};
  for (const field of fields) {
    const value = field.secret ? undefined : stored[field.key];
    if (field.kind === 'boolean') defaults[field.key] = value === true;
    else if (field.kind === 'keyValue') defaults[field.key] = isKeyValueList(value) ? value.map(({ key, value: v }) => ({ key, value: v })) : [];
    else if (typeof value === 'string' || typeof value === 'number') defaults[field.key] = String(value);
    else defaults[field.key] = emptyFieldValue(field);
  }
  return defaults;
}

/**
 * The `fields` payload of saveConnectionCredentials for one row. Blank secret fields are left out:
 * the server keeps their stored value. Other blank fields are sent blank, which clears them.
 */
export function credentialPayload(fields: readonly CatalogField[], values: CredentialRowValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key] ?? emptyFieldValue(field);
    if (field.secret && isBlankFieldValue(value)) continue;
    payload[field.key] = typeof value === 'string' ? value.trim() : value;
  }
  return payload;
}

const FIELD_KINDS: readonly FieldKind[] = ['text', 'password', 'number', 'boolean', 'url', 'select', 'textarea', 'keyValue'];

function toSpec(field: CatalogField): FieldSpec {
  const kind = (FIELD_KINDS as readonly string[]).includes(field.kind) ? (field.kind as FieldKind) : 'text';
  return {
    key: field.key,
    label: field.label,
    kind,
    required: field.required,
    secret: field.secret,
    ...(field.options ? { options: field.options } : {}),
  };
}

/** The shared catalog's rule, applied before saving so problems show next to the field at once. */
export function credentialProblems(
  fields: readonly CatalogField[],
  values: CredentialRowValues,
  storedSecrets: readonly string[],
): { field: string; message: string }[] {
  return validateCredentialFields(fields.map(toSpec), credentialPayload(fields, values), { storedSecrets });
}

/** `fields.host` → `host`: where a server problem of saveConnectionCredentials belongs in the row. */
export function credentialFieldFromServer(field: string, fields: readonly CatalogField[]): string | null {
  const key = field.startsWith('fields.') ? field.slice('fields.'.length) : field;
  return fields.some((candidate) => candidate.key === key) ? key : null;
}
