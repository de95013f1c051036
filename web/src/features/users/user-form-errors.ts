import type { FieldProblem } from '@keyward/shared/organization-settings';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { applyServerFieldErrors } from '../../components/server-field-errors';

/**
 * Puts a failed mutation's field errors next to the fields (server names may carry an `input.` prefix)
 * and returns the message for a form-level alert, or null when every problem found its field.
 */
export function reportMutationError<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fields: Partial<Record<string, Path<Values>>>,
): string | null {
  const problems: FieldProblem[] = graphqlFieldErrors(error);
  if (problems.length === 0) return graphqlErrorMessage(error);
  const unclaimed = applyServerFieldErrors(problems, setError, (field) => fields[field.replace(/^input\./, '')] ?? null);
  return unclaimed.length > 0 ? unclaimed.map((problem) => problem.message).join(' ') : null;
}
