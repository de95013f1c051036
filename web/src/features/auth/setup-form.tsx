import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Divider, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm, type Path } from 'react-hook-form';
import { useNavigate } from 'react-router';
import * as z from 'zod/mini';
import { graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import { applyServerFieldErrors } from '../../components/server-field-errors';
import { useCreateFirstAdminMutation } from './auth.generated';
import { newPasswordSchema, PASSWORD_HINT } from '../../components/password-schema';
import { emailSchema, withoutInputPrefix } from './auth-schemas';
import { HOME_PATH } from './next-path';
import { rememberViewer } from './viewer-cache';

const setupSchema = z
  .object({
    organizationName: z.string().check(z.trim(), z.minLength(1, 'Organization name is required.')),
    displayName: z.string().check(z.trim(), z.minLength(1, 'Your name is required.')),
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .check(
    z.refine((values) => values.password === values.confirmPassword, {
      path: ['confirmPassword'],
      message: 'The passwords do not match.',
    }),
  );

type SetupInput = z.input<typeof setupSchema>;
type SetupValues = z.output<typeof setupSchema>;

const SERVER_FIELDS: Record<string, Path<SetupInput>> = {
  organizationName: 'organizationName',
  displayName: 'displayName',
  email: 'email',
  password: 'password',
};

export function SetupForm({ token }: { token: string }) {
  const navigate = useNavigate();
  const [createFirstAdmin] = useCreateFirstAdminMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SetupInput, unknown, SetupValues>({
    resolver: zodResolver(setupSchema),
    defaultValues: { organizationName: 'Default', displayName: '', email: '', password: '', confirmPassword: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const input = {
      token,
      organizationName: values.organizationName,
      displayName: values.displayName,
      email: values.email,
      password: values.password,
    };
    try {
      await createFirstAdmin({
        variables: { input },
        update: (cache, { data }) => {
          if (data) rememberViewer(cache, data.createFirstAdmin);
        },
      });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      if (problems.length === 0) {
        setFormError(graphqlErrorMessage(error));
        return;
      }
      const unclaimed = applyServerFieldErrors(problems, setError, (field) => {
        return SERVER_FIELDS[withoutInputPrefix(field)] ?? null;
      });
      if (unclaimed.length > 0) setFormError(unclaimed.map((problem) => problem.message).join(' '));
      return;
    }
    await navigate(HOME_PATH, { replace: true });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Create the first administrator">
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not finish setup" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput
          label="Organization name"
          description="You can rename it later in Settings."
          error={errors.organizationName?.message}
          {...register('organizationName')}
        />
        <Divider label="Your administrator account" labelPosition="left" />
        <TextInput
          label="Your name"
          autoComplete="name"
          error={errors.displayName?.message}
          {...register('displayName')}
        />
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          error={errors.email?.message}
          {...register('email')}
        />
        <PasswordInput
          label="Password"
          description={PASSWORD_HINT}
          autoComplete="new-password"
          error={errors.password?.message}
          {...register('password')}
        />
        <PasswordInput
          label="Confirm password"
          autoComplete="new-password"
          error={errors.confirmPassword?.message}
          {...register('confirmPassword')}
        />
        <Button type="submit" fullWidth loading={isSubmitting} mt="xs">
          Create administrator and sign in
        </Button>
      </Stack>
    </form>
  );
}
