import { passwordProblem } from '@keyward/shared/password-policy';
import { z } from 'zod';

/** A new password, checked by the same rules the server applies (@keyward/shared). */
export const newPasswordSchema = z.string().superRefine((password, ctx) => {
  const problem = passwordProblem(password);
  if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
});

export const PASSWORD_HINT = 'At least 12 characters, mixing three of: lowercase, uppercase, digits, symbols.';
