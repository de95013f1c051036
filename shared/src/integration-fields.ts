/**
 * Credential fields: how the integration catalog describes one field of a form (its kind, whether it
 * is secret) and the values such a field holds. The catalog data is in integration-catalog.ts and
 * integration-auth-types.ts; checking values against fields is in credential-validation.ts.
 */

export type FieldKind = 'text' | 'password' | 'number' | 'boolean' | 'url' | 'select' | 'textarea' | 'keyValue';

export interface FieldSpec {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  /** Encrypted at rest, never returned by the API; a blank value on save keeps the stored one. */
  secret: boolean;
  options?: readonly string[];
  placeholder?: string;
  help?: string;
}

/** One entry of a `keyValue` field (custom headers, environment variables). */
export interface KeyValuePair {
  key: string;
  value: string;
}

export type FieldValue = string | number | boolean | readonly KeyValuePair[];

export interface FieldProblem {
  /** The field key (the API reports it as `fields.<key>`). */
  field: string;
  message: string;
}

/** A value the user left empty (absent, null, '', or an empty key-value list). */
export function isBlankFieldValue(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** A list of name and value pairs, as a `keyValue` field holds. */
export function isKeyValueList(value: unknown): value is KeyValuePair[] {
  return (
    Array.isArray(value) &&
    value.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as Record<string, unknown>).key === 'string' &&
        typeof (entry as Record<string, unknown>).value === 'string',
    )
  );
}

/** Every text inside a field value, for finding secret references. */
export function fieldValueTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (isKeyValueList(value)) return value.flatMap((pair) => [pair.key, pair.value]);
  return [];
}
