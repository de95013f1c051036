const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Record ids are UUIDs; anything else cannot name a record, so callers answer NOT_FOUND without asking the database. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** Escapes `\`, `%` and `_` so user text matches literally inside a LIKE / ILIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
