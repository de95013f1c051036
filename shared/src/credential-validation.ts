/**
 * Validation of credential field values against their specs, shared by the server (the rule) and
 * the SPA (the same messages before a request is sent).
 */
import { isBlankFieldValue, isKeyValueList, type FieldProblem, type FieldSpec } from './integration-fields';
import { findSecretReferences } from './secret-reference';

export interface ValidateOptions {
  /** Keys of secret fields that already have a stored value: blank keeps it, so required is met. */
  storedSecrets?: readonly string[];
}

/** A text that contains a secret reference is checked at resolution, not now. */
function hasReference(value: string): boolean {
  return findSecretReferences(value).length > 0;
}

function malformedReference(value: string): string | null {
  const bad = findSecretReferences(value).find((match) => !match.valid);
  return bad ? `${bad.text} is not a valid secret reference: keys use uppercase letters, digits and underscores.` : null;
}

const MAX_VALUE_LENGTH = 32_768;

function valueProblem(spec: FieldSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? null : `${spec.label} must be true or false.`;
    case 'number': {
      if (typeof value === 'number') return Number.isFinite(value) ? null : `${spec.label} must be a number.`;
      if (typeof value !== 'string') return `${spec.label} must be a number.`;
      if (hasReference(value)) return malformedReference(value);
      return /^-?\d+(\.\d+)?$/.test(value.trim()) ? null : `${spec.label} must be a number.`;
    }
    case 'keyValue': {
      if (!isKeyValueList(value)) return `${spec.label} must be a list of name and value pairs.`;
      if (value.some((pair) => pair.key.trim() === '')) return `Every entry of ${spec.label} needs a name.`;
      for (const pair of value) {
        const bad = malformedReference(pair.value) ?? malformedReference(pair.key);
        if (bad) return bad;
      }
      return null;
    }
    case 'select':
      if (typeof value !== 'string') return `${spec.label} must be one of: ${(spec.options ?? []).join(', ')}.`;
      return (spec.options ?? []).includes(value) ? null : `${spec.label} must be one of: ${(spec.options ?? []).join(', ')}.`;
    case 'url': {
      if (typeof value !== 'string') return `${spec.label} must be a URL.`;
      if (value.length > MAX_VALUE_LENGTH) return `${spec.label} is too long.`;
      if (hasReference(value)) return malformedReference(value);
      return isHttpUrl(value) || /^wss?:\/\//.test(value) ? null : `${spec.label} must be an http(s) URL.`;
    }
    case 'text':
    case 'password':
    case 'textarea':
      if (typeof value !== 'string') return `${spec.label} must be text.`;
      if (value.length > MAX_VALUE_LENGTH) return `${spec.label} is too long.`;
      return malformedReference(value);
  }
}

// A regex rather than `URL`: this module also runs where no DOM or Node typings are loaded.
const HTTP_URL = /^https?:\/\/[^\s/?#@]+(:\d+)?([/?#]\S*)?$/i;

export function isHttpUrl(value: string): boolean {
  return HTTP_URL.test(value);
}

/**
 * Problems with a set of field values against their specs: unknown keys, missing required values
 * (a blank secret with a stored value is fine), and values of the wrong kind. Messages never quote
 * a value.
 */
export function validateCredentialFields(
  fields: readonly FieldSpec[],
  values: Readonly<Record<string, unknown>>,
  options: ValidateOptions = {},
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const known = new Set(fields.map((f) => f.key));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) problems.push({ field: key, message: `${key} is not a field of this connection.` });
  }
  const stored = new Set(options.storedSecrets ?? []);
  for (const spec of fields) {
    const value = values[spec.key];
    if (isBlankFieldValue(value)) {
      if (spec.required && !(spec.secret && stored.has(spec.key))) {
        problems.push({ field: spec.key, message: `${spec.label} is required.` });
      }
      continue;
    }
    const problem = valueProblem(spec, value);
    if (problem) problems.push({ field: spec.key, message: problem });
  }
  return problems;
}
