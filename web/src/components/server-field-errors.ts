import type { FieldProblem } from '@keyward/shared/organization-settings';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { graphqlErrorMessage, graphqlFieldErrors } from './graphql-errors';

/**
 * Puts each server field problem on the form field it names and returns the problems
 * no field claimed, so the caller can show them in a form-level alert.
 */
export function applyServerFieldErrors<Values extends FieldValues>(
  problems: readonly FieldProblem[],
  setError: UseFormSetError<Values>,
  toFormPath: (serverField: string) => Path<Values> | null,
): FieldProblem[] {
  const unclaimed: FieldProblem[] = [];
  let focused = false;
  for (const problem of problems) {
    const path = toFormPath(problem.field);
    if (path === null) {
      unclaimed.push(problem);
      continue;
    }
    setError(path, { type: 'server', message: problem.message }, { shouldFocus: !focused });
    focused = true;
  }
  return unclaimed;
}

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
