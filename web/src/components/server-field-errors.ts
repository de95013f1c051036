import type { FieldProblem } from '@keyward/shared/organization-settings';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';

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
