import {
  validateEnvironments,
  validateRateLimits,
  type FieldProblem,
} from '@keyward/shared/organization-settings';
import type { Path } from 'react-hook-form';
import { z } from 'zod';
import type { OrganizationSettingsFieldsFragment, UpdateOrganizationSettingsInput } from '../../graphql/generated';

/** A NumberInput yields a number, or '' while it is empty. */
const rateLimitValue = z
  .union([z.number(), z.string()])
  .transform((value) => (typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value)));

const rateLimitPair = z.object({ perMinute: rateLimitValue, perHour: rateLimitValue });

/** Organization name, at most this long. */
const NAME_MAX_LENGTH = 100;

function nameProblems(name: string): FieldProblem[] {
  if (name.length === 0) return [{ field: 'name', message: 'Organization name is required.' }];
  if (name.length > NAME_MAX_LENGTH) {
    return [{ field: 'name', message: `Use at most ${NAME_MAX_LENGTH} characters.` }];
  }
  return [];
}

function issuePath(field: string): (string | number)[] {
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * The settings form's rules are the shared ones the server applies, so a form the client
 * accepts is one the server accepts too; problem paths are form paths as well.
 */
export const settingsSchema = z
  .object({
    name: z.string().trim(),
    environments: z.array(z.object({ slug: z.string().trim(), name: z.string().trim() })),
    defaultRateLimit: rateLimitPair,
    rateLimitCeiling: rateLimitPair,
  })
  .superRefine((values, ctx) => {
    const problems = [
      ...nameProblems(values.name),
      ...validateEnvironments(values.environments),
      ...validateRateLimits(values.defaultRateLimit, values.rateLimitCeiling),
    ];
    for (const problem of problems) {
      ctx.addIssue({ code: 'custom', path: issuePath(problem.field), message: problem.message });
    }
  });

export type SettingsFormInput = z.input<typeof settingsSchema>;
export type SettingsFormValues = z.output<typeof settingsSchema>;

export function toFormInput(organization: OrganizationSettingsFieldsFragment): SettingsFormInput {
  return {
    name: organization.name,
    environments: organization.environments.map(({ slug, name }) => ({ slug, name })),
    defaultRateLimit: { ...organization.defaultRateLimit },
    rateLimitCeiling: { ...organization.rateLimitCeiling },
  };
}

export function toMutationInput(values: SettingsFormValues): UpdateOrganizationSettingsInput {
  return {
    name: values.name,
    environments: values.environments,
    defaultRateLimit: values.defaultRateLimit,
    rateLimitCeiling: values.rateLimitCeiling,
  };
}

const ENVIRONMENT_FIELD = /^environments\.(\d+)\.(slug|name)$/;
const RATE_LIMIT_FIELD = /^(defaultRateLimit|rateLimitCeiling)\.(perMinute|perHour)$/;

/**
 * The form field a server problem belongs to (`environments.2.slug`, `rateLimitCeiling.perMinute`),
 * or null when the form has no such field, e.g. a row that is no longer there.
 */
export function settingsFormPath(serverField: string, environmentCount: number): Path<SettingsFormInput> | null {
  const field = serverField.startsWith('input.') ? serverField.slice('input.'.length) : serverField;
  if (field === 'name' || field === 'environments') return field;

  const environment = ENVIRONMENT_FIELD.exec(field);
  if (environment) {
    const index = Number(environment[1]);
    if (index >= environmentCount) return null;
    return environment[2] === 'slug' ? `environments.${index}.slug` : `environments.${index}.name`;
  }

  const rateLimit = RATE_LIMIT_FIELD.exec(field);
  if (rateLimit) {
    const pair = rateLimit[1] === 'defaultRateLimit' ? 'defaultRateLimit' : 'rateLimitCeiling';
    if (rateLimit[2] === 'perMinute') return `${pair}.perMinute`;
    if (rateLimit[2] === 'perHour') return `${pair}.perHour`;
  }
  return null;
}
