/** Field builders that keep the catalog entries (auth types, providers) short and uniform. */
import type { FieldSpec } from './integration-fields';

export function text(key: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { key, label, kind: 'text', required: true, secret: false, ...extra };
}
export function secret(key: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { key, label, kind: 'password', required: true, secret: true, ...extra };
}
export function num(key: string, label: string, placeholder: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { key, label, kind: 'number', required: true, secret: false, placeholder, ...extra };
}
export function bool(key: string, label: string, help?: string): FieldSpec {
  return { key, label, kind: 'boolean', required: false, secret: false, ...(help ? { help } : {}) };
}
export function url(key: string, label: string, extra: Partial<FieldSpec> = {}): FieldSpec {
  return { key, label, kind: 'url', required: true, secret: false, ...extra };
}

export const SECRET_HELP = 'Paste a value or reference a secret with @@SECRET:KEY@@.';

export function databaseFields(defaultPort: string, extra: FieldSpec[] = []): FieldSpec[] {
  return [
    text('host', 'Host', { placeholder: 'db.example.com' }),
    num('port', 'Port', defaultPort),
    text('database', 'Database'),
    text('username', 'Username'),
    secret('password', 'Password', { required: false, help: SECRET_HELP }),
    ...extra,
  ];
}
