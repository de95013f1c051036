/**
 * Secret keys and the `@@SECRET:KEY@@` reference syntax, shared by the server (validation,
 * substitution, the references index) and the SPA (validation as you type, Copy Reference).
 */

export const SECRET_KEY_PATTERN = /^[A-Z][A-Z0-9_]*$/;
export const SECRET_KEY_MAX_LENGTH = 100;
export const SECRET_KEY_RULE = 'uppercase letters, digits and underscores, starting with a letter';
export const SECRET_DESCRIPTION_MAX_LENGTH = 500;
/** Characters; enough for a PEM private key or a service-account JSON file. */
export const SECRET_VALUE_MAX_LENGTH = 32_768;

/** Why a secret key is not acceptable, or null when it is. */
export function secretKeyProblem(key: string): string | null {
  if (key.length === 0) return 'Secret key is required.';
  if (key.length > SECRET_KEY_MAX_LENGTH) return `Secret key must be at most ${SECRET_KEY_MAX_LENGTH} characters.`;
  if (!SECRET_KEY_PATTERN.test(key)) return `Secret key must be ${SECRET_KEY_RULE} (e.g. STRIPE_API_KEY).`;
  return null;
}

/** Why a secret value is not acceptable, or null. Never quotes the value. */
export function secretValueProblem(value: string): string | null {
  if (value.length === 0) return 'Enter a value.';
  if (value.length > SECRET_VALUE_MAX_LENGTH) return `A value may be at most ${SECRET_VALUE_MAX_LENGTH.toLocaleString('en-US')} characters.`;
  return null;
}

/** The text that stands for a secret inside a credential value. */
export function secretReference(key: string): string {
  return `@@SECRET:${key}@@`;
}

export interface SecretReferenceMatch {
  /** The key between `@@SECRET:` and `@@`. */
  key: string;
  /** The whole `@@SECRET:KEY@@` text. */
  text: string;
  /** Offset of `text` in the scanned string. */
  index: number;
  /** False when the key breaks the key rule: such text is never substituted. */
  valid: boolean;
}

// Anything between the markers that has no `@` or whitespace, so a malformed key is still found
// (and reported) instead of silently staying literal.
const REFERENCE = /@@SECRET:([^@\s]*)@@/g;

/** Every `@@SECRET:…@@` in a text, in order, including malformed ones (`valid: false`). */
export function findSecretReferences(text: string): SecretReferenceMatch[] {
  const matches: SecretReferenceMatch[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const key = match[1] ?? '';
    matches.push({ key, text: match[0], index: match.index, valid: secretKeyProblem(key) === null });
  }
  return matches;
}

/** The distinct valid keys referenced by any of the texts, in order of first appearance. */
export function referencedSecretKeys(texts: string | readonly string[]): string[] {
  const keys = new Set<string>();
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    for (const match of findSecretReferences(text)) if (match.valid) keys.add(match.key);
  }
  return [...keys];
}

/**
 * Replaces every valid reference with `lookup(key)` in one pass: a substituted value is never
 * scanned again, so a secret whose value contains `@@SECRET:…@@` does not expand further.
 * Malformed references stay as they are.
 */
export function substituteSecretReferences(text: string, lookup: (key: string) => string): string {
  return text.replace(REFERENCE, (whole: string, key: string) => (secretKeyProblem(key) === null ? lookup(key) : whole));
}
