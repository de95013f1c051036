/** Rules for an organization's environments and rate limits, checked by the server and the SPA alike. */
export const DEFAULT_ENVIRONMENTS = [
  { slug: 'development', name: 'Development' },
  { slug: 'qa', name: 'QA' },
  { slug: 'staging', name: 'Staging' },
  { slug: 'production', name: 'Production' },
] as const;

export interface EnvironmentInput {
  slug: string;
  name: string;
}

export interface RateLimitPair {
  perMinute: number;
  perHour: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitPair = { perMinute: 60, perHour: 1000 };
export const DEFAULT_RATE_LIMIT_CEILING: RateLimitPair = { perMinute: 600, perHour: 20000 };
export const MAX_ENVIRONMENTS = 12;

export const ENVIRONMENT_SLUG_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
export const ENVIRONMENT_SLUG_RULE =
  'lowercase letters, digits and hyphens, starting with a letter, at most 32 characters';

/** A problem with one field of the settings form; `field` is a dotted path into the input. */
export interface FieldProblem {
  field: string;
  message: string;
}

export function validateEnvironments(environments: readonly EnvironmentInput[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (environments.length === 0) {
    problems.push({ field: 'environments', message: 'At least one environment is required.' });
  }
  if (environments.length > MAX_ENVIRONMENTS) {
    problems.push({ field: 'environments', message: `At most ${MAX_ENVIRONMENTS} environments are allowed.` });
  }
  const seen = new Set<string>();
  environments.forEach((env, index) => {
    if (!ENVIRONMENT_SLUG_PATTERN.test(env.slug)) {
      problems.push({ field: `environments.${index}.slug`, message: `Slug must be ${ENVIRONMENT_SLUG_RULE}.` });
    } else if (seen.has(env.slug)) {
      problems.push({ field: `environments.${index}.slug`, message: `Slug "${env.slug}" is used twice.` });
    }
    seen.add(env.slug);
    const name = env.name.trim();
    if (name.length === 0 || name.length > 64) {
      problems.push({ field: `environments.${index}.name`, message: 'Name is required (at most 64 characters).' });
    }
  });
  return problems;
}

function validatePair(pair: RateLimitPair, field: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const unit of ['perMinute', 'perHour'] as const) {
    const value = pair[unit];
    if (!Number.isInteger(value) || value < 1 || value > 1_000_000) {
      problems.push({ field: `${field}.${unit}`, message: 'Must be a whole number between 1 and 1,000,000.' });
    }
  }
  if (problems.length === 0 && pair.perHour < pair.perMinute) {
    problems.push({ field: `${field}.perHour`, message: 'Requests per hour cannot be fewer than requests per minute.' });
  }
  return problems;
}

export function validateRateLimits(defaults: RateLimitPair, ceiling: RateLimitPair): FieldProblem[] {
  const problems = [...validatePair(defaults, 'defaultRateLimit'), ...validatePair(ceiling, 'rateLimitCeiling')];
  if (problems.length > 0) return problems;
  for (const unit of ['perMinute', 'perHour'] as const) {
    if (ceiling[unit] < defaults[unit]) {
      problems.push({
        field: `rateLimitCeiling.${unit}`,
        message: 'The ceiling must be at least the default rate limit.',
      });
    }
  }
  return problems;
}
