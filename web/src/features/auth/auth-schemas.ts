import { passwordProblem } from '@keyward/shared/password-policy';
import { z } from 'zod';

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Email is required.')
  .pipe(z.email({ error: 'Enter a valid email address.' }));

/** A new password, checked by the same rules the server applies. */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

export const PASSWORD_HINT = 'At least 12 characters, mixing three of: lowercase, uppercase, digits, symbols.';

/** Server field names sometimes arrive as a path into `input`; forms only know the last part. */
export function withoutInputPrefix(field: string): string {
  return field.startsWith('input.') ? field.slice('input.'.length) : field;
}
