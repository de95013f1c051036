import { findSecretReferences } from '@keyward/shared/secret-reference';

/** How much of a remote side's own text (an HTTP body, a driver error) a message may carry. */
export const MAX_REMOTE_TEXT = 300;
const MASK = '••••';
// Very short values ("a", "1") would blank out half of any message.
const MIN_SCRUBBED_LENGTH = 3;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every string (and number) inside a value, however deep. */
export function textsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number') into.push(String(value));
  else if (Array.isArray(value)) value.forEach((entry: unknown) => textsIn(entry, into));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((entry: unknown) => textsIn(entry, into));
  return into;
}

/**
 * The forms a value can come back in: as it is, base64 (HTTP Basic, tokens), URL-encoded (query
 * strings, form bodies) and, for URLs, their host name.
 */
function forms(value: string): string[] {
  const out = [value, Buffer.from(value).toString('base64'), Buffer.from(value).toString('base64url'), encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)];
  if (URL.canParse(value)) {
    const url = new URL(value);
    out.push(url.host, url.hostname, url.hostname.replace(/^\[|\]$/g, ''));
    if (url.username !== '') out.push(decodeURIComponent(url.username));
    if (url.password !== '') out.push(decodeURIComponent(url.password));
  }
  // base64 without its padding, since it may be cut or concatenated.
  out.push(Buffer.from(value).toString('base64').replace(/=+$/, ''));
  return out;
}

/** A scrubber over a set of values that must never appear in a message: longest first, case-insensitive. */
export class Scrubber {
  private readonly pattern: RegExp | null;

  constructor(values: Iterable<string>) {
    const all = new Set<string>();
    for (const value of values) for (const form of forms(value)) if (form.length >= MIN_SCRUBBED_LENGTH) all.add(form);
    const sorted = [...all].sort((a, b) => b.length - a.length);
    this.pattern = sorted.length === 0 ? null : new RegExp(sorted.map(escapeRegExp).join('|'), 'gi');
  }

  scrub(text: string): string {
    return this.pattern === null ? text : text.replace(this.pattern, MASK);
  }

  /** A remote side's text: scrubbed, whitespace collapsed, then capped. */
  remote(text: string, max = MAX_REMOTE_TEXT): string {
    const out = this.scrub(text).replace(/\s+/g, ' ').trim();
    return out.length > max ? `${out.slice(0, max)}…` : out;
  }
}

/**
 * The secret values substituted into a text: given the text with its `@@SECRET:KEY@@`
 * references and the text after substitution, the pieces that came from secrets (and the whole
 * result, when it differs), so a message can be scrubbed of them.
 */
export function substitutedValues(template: string, result: string): string[] {
  if (template === result) return [];
  const references = findSecretReferences(template).filter((r) => r.valid);
  const literals: string[] = [];
  let from = 0;
  for (const reference of references) {
    literals.push(template.slice(from, reference.index));
    from = reference.index + reference.text.length;
  }
  literals.push(template.slice(from));
  const values = [result];
  let position = (literals[0] ?? '').length;
  for (let i = 1; i < literals.length; i += 1) {
    const literal = literals[i] ?? '';
    const last = i === literals.length - 1;
    // Adjacent references (no literal between them) cannot be told apart: their values stay together.
    if (literal === '' && !last) continue;
    const end = last ? result.length - literal.length : result.indexOf(literal, position);
    if (end < position) break;
    values.push(result.slice(position, end));
    position = end + literal.length;
  }
  return [...new Set(values)].filter((v) => v !== '');
}
