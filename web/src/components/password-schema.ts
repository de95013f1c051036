import { passwordProblem } from '@keyward/shared/password-policy';
import * as z from 'zod/mini';

/**
 * A new password, checked by the same rules the server applies (@keyward/shared). In zod/mini, as the sign-in
 * pages' schemas that use it (features/auth/auth-schemas.ts); a form in classic zod takes it all the same.
 */
export const newPasswordSchema = z.string().check(
  z.superRefine((password, ctx) => {
    const problem = passwordProblem(password);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }),
);

export const PASSWORD_HINT = 'At least 12 characters, mixing three of: lowercase, uppercase, digits, symbols.';
