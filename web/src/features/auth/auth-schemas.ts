// The pages before sign-in (sign-in, setup, invitation) validate with zod/mini, whose checks are functions a
// bundler leaves out when unused: classic zod's schema methods cannot be, and put about 18 kB gzip on the sign-in
// page. The signed-in features' forms keep classic zod; the two kinds of schema compose.
import * as z from 'zod/mini';
import { newPasswordSchema } from '../../components/password-schema';

export const emailSchema = z.pipe(
  z.string().check(z.trim(), z.minLength(1, 'Email is required.')),
  z.email({ error: 'Enter a valid email address.' }),
);

/** Server field names sometimes arrive as a path into `input`; forms only know the last part. */
export function withoutInputPrefix(field: string): string {
  return field.startsWith('input.') ? field.slice('input.'.length) : field;
}

/** Changing one's own password: the current one, a new one by the policy, typed twice, and different. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().check(z.minLength(1, 'Enter your current password.')),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .check(
    z.refine((values) => values.newPassword === values.confirmPassword, {
      path: ['confirmPassword'],
      message: 'The passwords do not match.',
    }),
    z.refine((values) => values.newPassword !== values.currentPassword, {
      path: ['newPassword'],
      message: 'Choose a password different from the current one.',
    }),
  );

export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;
