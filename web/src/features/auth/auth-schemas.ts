import { z } from 'zod';
import { newPasswordSchema } from '../../components/password-schema';

export const emailSchema = z
  .string()
  .trim()
  .min(1, 'Email is required.')
  .pipe(z.email({ error: 'Enter a valid email address.' }));

/** Server field names sometimes arrive as a path into `input`; forms only know the last part. */
export function withoutInputPrefix(field: string): string {
  return field.startsWith('input.') ? field.slice('input.'.length) : field;
}

/** Changing one's own password: the current one, a new one by the policy, typed twice, and different. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match.',
  })
  .refine((values) => values.newPassword !== values.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });

export type ChangePasswordValues = z.infer<typeof changePasswordSchema>;
