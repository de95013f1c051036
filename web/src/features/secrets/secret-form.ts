import {
  secretKeyProblem,
  secretValueProblem,
  SECRET_DESCRIPTION_MAX_LENGTH,
} from '@keyward/shared/secret-reference';
import { z } from 'zod';
import type { CreateSecretInput, SecretDetailsQuery, SecretUsePolicy, UpdateSecretInput } from '../../graphql/generated';

export interface OrgEnvironment {
  slug: string;
  name: string;
}

function descriptionProblem(description: string): string | null {
  return description.length > SECRET_DESCRIPTION_MAX_LENGTH
    ? `Use at most ${SECRET_DESCRIPTION_MAX_LENGTH} characters.`
    : null;
}

// ── Use policy (both dialogs) ────────────────────────────────────────────────────────────────

export const usePolicyShape = {
  usePolicy: z.enum(['EVERYONE', 'ROLES']),
  useRoleIds: z.array(z.string()),
};

const NO_ROLES = 'Choose at least one role that may use this secret.';

function checkUsePolicy(values: { usePolicy: SecretUsePolicy; useRoleIds: string[] }, ctx: z.RefinementCtx): void {
  if (values.usePolicy === 'ROLES' && values.useRoleIds.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['useRoleIds'], message: NO_ROLES });
  }
}

/** The policy part of an input: roles only with ROLES. */
function policyInput(values: { usePolicy: SecretUsePolicy; useRoleIds: string[] }): Pick<CreateSecretInput, 'usePolicy' | 'useRoleIds'> {
  return values.usePolicy === 'ROLES' ? { usePolicy: 'ROLES', useRoleIds: values.useRoleIds } : { usePolicy: 'EVERYONE' };
}

/** Where a server problem with the policy belongs. */
function policyPath(field: string): 'useRoleIds' | null {
  return field === 'useRoleIds' || field === 'usePolicy' ? 'useRoleIds' : null;
}

// ── New Secret ───────────────────────────────────────────────────────────────────────────────

/** The same rules the server applies (from @keyward/shared), so the key is checked as you type. */
export const createSecretSchema = z
  .object({
    key: z.string(),
    description: z.string().trim(),
    environments: z.array(
      z.object({ slug: z.string(), name: z.string(), enabled: z.boolean(), value: z.string() }),
    ),
    ...usePolicyShape,
  })
  .superRefine((values, ctx) => {
    checkUsePolicy(values, ctx);
    const keyProblem = secretKeyProblem(values.key);
    if (keyProblem !== null) ctx.addIssue({ code: 'custom', path: ['key'], message: keyProblem });
    const description = descriptionProblem(values.description);
    if (description !== null) ctx.addIssue({ code: 'custom', path: ['description'], message: description });
    if (!values.environments.some((environment) => environment.enabled)) {
      ctx.addIssue({
        code: 'custom',
        path: ['environments'],
        message: 'Enable at least one environment and enter its value.',
      });
    }
    values.environments.forEach((environment, index) => {
      if (!environment.enabled) return;
      const problem = secretValueProblem(environment.value);
      if (problem !== null) ctx.addIssue({ code: 'custom', path: ['environments', index, 'value'], message: problem });
    });
  });

export type CreateSecretFormInput = z.input<typeof createSecretSchema>;
export type CreateSecretFormValues = z.output<typeof createSecretSchema>;

export function emptyCreateForm(environments: readonly OrgEnvironment[]): CreateSecretFormInput {
  return {
    key: '',
    description: '',
    environments: environments.map(({ slug, name }) => ({ slug, name, enabled: false, value: '' })),
    usePolicy: 'EVERYONE',
    useRoleIds: [],
  };
}

export function toCreateInput(values: CreateSecretFormValues): CreateSecretInput {
  return {
    key: values.key,
    description: values.description,
    values: values.environments
      .filter((environment) => environment.enabled)
      .map((environment) => ({ environment: environment.slug, value: environment.value })),
    // Everyone is the server's default: only a restriction is sent.
    ...(values.usePolicy === 'ROLES' ? policyInput(values) : {}),
  };
}

/** Where a server field problem of createSecret belongs in the form. */
export function createFormPath(
  field: string,
  values: CreateSecretFormInput,
): 'key' | 'description' | 'environments' | 'useRoleIds' | `environments.${number}.value` | null {
  if (field === 'key' || field === 'description') return field;
  if (policyPath(field) !== null) return 'useRoleIds';
  if (field === 'values') return 'environments';
  const match = /^values\.(\d+)\.(value|environment)$/.exec(field);
  if (match === null) return null;
  // The server numbers the enabled environments only.
  const enabled = values.environments
    .map((environment, index) => ({ environment, index }))
    .filter(({ environment }) => environment.enabled);
  const row = enabled[Number(match[1])];
  return row === undefined ? 'environments' : `environments.${row.index}.value`;
}

// ── Edit ─────────────────────────────────────────────────────────────────────────────────────

export type EnvironmentAction = 'keep' | 'set' | 'remove';

type SecretDetails = NonNullable<SecretDetailsQuery['secret']>;
export type CurrentValue = SecretDetails['environments'][number];

export const editSecretSchema = z
  .object({
    description: z.string().trim(),
    environments: z.array(
      z.object({
        slug: z.string(),
        name: z.string(),
        action: z.enum(['keep', 'set', 'remove']),
        value: z.string(),
      }),
    ),
    ...usePolicyShape,
  })
  .superRefine((values, ctx) => {
    checkUsePolicy(values, ctx);
    const description = descriptionProblem(values.description);
    if (description !== null) ctx.addIssue({ code: 'custom', path: ['description'], message: description });
    values.environments.forEach((environment, index) => {
      if (environment.action !== 'set') return;
      const problem = secretValueProblem(environment.value);
      if (problem !== null) ctx.addIssue({ code: 'custom', path: ['environments', index, 'value'], message: problem });
    });
  });

export type EditSecretFormInput = z.input<typeof editSecretSchema>;
export type EditSecretFormValues = z.output<typeof editSecretSchema>;

/** One row per organization environment, then any environment the organization dropped that still has a value. */
export function editRows(
  organizationEnvironments: readonly OrgEnvironment[],
  current: readonly CurrentValue[],
): OrgEnvironment[] {
  const known = new Set(organizationEnvironments.map((environment) => environment.slug));
  const dropped = current
    .filter((value) => !known.has(value.environment))
    .map((value) => ({ slug: value.environment, name: value.environment }));
  return [...organizationEnvironments, ...dropped];
}

export function editFormDefaults(secret: SecretDetails, rows: readonly OrgEnvironment[]): EditSecretFormInput {
  return {
    description: secret.description,
    environments: rows.map(({ slug, name }) => ({ slug, name, action: 'keep', value: '' })),
    usePolicy: secret.usePolicy,
    useRoleIds: secret.useRoles.map((role) => role.id),
  };
}

/** The update, with the versions the editor saw for every environment it changes. */
export function toUpdateInput(
  values: EditSecretFormValues,
  secret: SecretDetails,
): UpdateSecretInput {
  const currentVersion = (slug: string) =>
    secret.environments.find((value) => value.environment === slug)?.version ?? null;
  const set = values.environments
    .filter((environment) => environment.action === 'set')
    .map((environment) => ({ environment: environment.slug, value: environment.value }));
  const remove = values.environments
    .filter((environment) => environment.action === 'remove')
    .map((environment) => environment.slug);
  const changed = [...set.map((value) => value.environment), ...remove];
  const policyChanged =
    values.usePolicy !== secret.usePolicy ||
    (values.usePolicy === 'ROLES' && [...values.useRoleIds].sort().join() !== secret.useRoles.map((role) => role.id).sort().join());
  return {
    ...(policyChanged ? policyInput(values) : {}),
    ...(values.description !== secret.description ? { description: values.description } : {}),
    ...(set.length > 0 ? { set } : {}),
    ...(remove.length > 0 ? { remove } : {}),
    ...(changed.length > 0
      ? { expectedVersions: changed.map((environment) => ({ environment, version: currentVersion(environment) })) }
      : {}),
  };
}

/** Where a server field problem of updateSecret belongs in the form. */
export function editFormPath(
  field: string,
  values: EditSecretFormInput,
): 'description' | 'useRoleIds' | `environments.${number}.value` | null {
  if (field === 'description') return 'description';
  if (policyPath(field) !== null) return 'useRoleIds';
  const set = /^set\.(\d+)\.(value|environment)$/.exec(field);
  if (set !== null) {
    const rows = values.environments
      .map((environment, index) => ({ environment, index }))
      .filter(({ environment }) => environment.action === 'set');
    const row = rows[Number(set[1])];
    return row === undefined ? null : `environments.${row.index}.value`;
  }
  return null;
}
