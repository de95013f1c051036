import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { applyServerFieldErrors } from '../../components/server-field-errors';

export const organizationSchema = z.object({
  name: z.string().trim().min(1, 'Name is required.').max(100, 'Use at most 100 characters.'),
  slug: z
    .string()
    .trim()
    .max(60, 'Use at most 60 characters.')
    .refine((slug) => slug === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug), 'Use lowercase letters, digits and single hyphens.'),
});

export type OrganizationValues = z.infer<typeof organizationSchema>;

/** What the URL and the switcher show when the slug is left empty: the server derives it the same way. */
export function slugPreview(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Puts the server's field errors on name/slug (server names may carry `input.`); returns what is left for an alert. */
export function reportOrganizationError<Values extends FieldValues>(error: unknown, setError: UseFormSetError<Values>, fields: Partial<Record<string, Path<Values>>>): string | null {
  const problems = graphqlFieldErrors(error);
  if (problems.length === 0) return graphqlErrorMessage(error);
  const unclaimed = applyServerFieldErrors(problems, setError, (field) => fields[field.replace(/^input\./, '')] ?? null);
  return unclaimed.length > 0 ? unclaimed.map((problem) => problem.message).join(' ') : null;
}
