import type { AuthTypeId } from '@keyward/shared/integration-auth-types';
import type { IntegrationTypeId } from '@keyward/shared/integration-catalog';
import { referencedSecretKeys } from '@keyward/shared/secret-reference';

/*
 * What `resolveConnection` may show to whom. Plaintexts go only to an API key (the workflow
 * runtime); a signed-in person gets the same shape with every secret field, secret setting and
 * value that held a reference replaced by MASK, plus which references resolve in the environment.
 */

/** What a person sees instead of a secret or substituted value. */
export const MASK = '••••••';

/** Whether a `@@SECRET:KEY@@` a resolution uses has a value in the environment. Never the value. */
export interface ResolvedReference {
  key: string;
  environment: string;
  present: boolean;
}

/**
 * What `resolveConnection` returns: plaintexts for an API key (the workflow runtime) only; for a
 * signed-in person (`masked`) every secret and substituted value is MASK.
 */
export interface ResolvedConnectionData {
  connectionId: string;
  environment: string;
  integration: { type: IntegrationTypeId; provider: string; baseUrl: string | null; testPath: string | null; authType: AuthTypeId; settings: Record<string, unknown> };
  fields: Record<string, unknown>;
  /** The values that came from secret references (never shown; messages are scrubbed of them). */
  substitutedValues: string[];
  masked: boolean;
  references: ResolvedReference[];
}

/** Rebuilds a JSON value with every string passed through `map` (keys of key-value lists too). */
export function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((entry: unknown) => mapStrings(entry, map));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, map)]));
  }
  return value;
}

/** Every string of a JSON value, in `mapStrings` order. */
export function collectStrings(value: unknown, into: string[]): void {
  mapStrings(value, (text) => {
    into.push(text);
    return text;
  });
}

/** The shape of a secret value with every leaf masked: strings, numbers and booleans alike. */
export function maskAll(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((entry: unknown) => maskAll(entry));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskAll(v)]));
  return value === null ? null : MASK;
}

/** A non-secret value with every string that holds a reference masked whole. */
export function maskReferences(value: unknown): unknown {
  return mapStrings(value, (text) => (referencedSecretKeys([text]).length > 0 ? MASK : text));
}

/** The keys referenced by any string in the values, deduplicated, in first-seen order. */
export function referencedKeysIn(...values: unknown[]): string[] {
  const texts: string[] = [];
  for (const value of values) collectStrings(value, texts);
  return referencedSecretKeys(texts);
}
