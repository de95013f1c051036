import { describe, expect, it } from 'vitest';
import { DEFAULT_ENVIRONMENTS, validateEnvironments, validateRateLimits } from './organization-settings';

describe('validateEnvironments', () => {
  it('accepts the default environments', () => {
    expect(validateEnvironments([...DEFAULT_ENVIRONMENTS])).toEqual([]);
  });
  it('rejects an uppercase slug and names the field', () => {
    expect(validateEnvironments([{ slug: 'Prod', name: 'Prod' }])).toEqual([
      expect.objectContaining({ field: 'environments.0.slug' }),
    ]);
  });
  it('rejects a duplicated slug', () => {
    const problems = validateEnvironments([
      { slug: 'qa', name: 'QA' },
      { slug: 'qa', name: 'QA again' },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['environments.1.slug']);
  });
  it('requires at least one environment', () => {
    expect(validateEnvironments([])[0]?.field).toBe('environments');
  });
});

describe('validateRateLimits', () => {
  it('rejects a ceiling below the default', () => {
    const problems = validateRateLimits({ perMinute: 100, perHour: 1000 }, { perMinute: 50, perHour: 1000 });
    expect(problems.map((p) => p.field)).toEqual(['rateLimitCeiling.perMinute']);
  });
  it('rejects fewer requests per hour than per minute', () => {
    const problems = validateRateLimits({ perMinute: 100, perHour: 10 }, { perMinute: 100, perHour: 1000 });
    expect(problems.map((p) => p.field)).toContain('defaultRateLimit.perHour');
  });
  it('accepts a ceiling equal to the default', () => {
    expect(validateRateLimits({ perMinute: 10, perHour: 100 }, { perMinute: 10, perHour: 100 })).toEqual([]);
  });
});
