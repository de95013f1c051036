import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { graphqlErrorCode, graphqlErrorMessage } from '../../components/graphql-errors';
import { useSignInMutation } from '../../graphql/generated';
import { AuthCard } from './auth-card';
import { emailSchema } from './auth-schemas';
import { safeNextPath } from './next-path';
import { rememberViewer } from './viewer-cache';

const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Password is required.'),
});

type LoginValues = z.infer<typeof loginSchema>;

interface SignInFailure {
  title: string;
  message: string;
}

export function LoginPage() {
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [signIn] = useSignInMutation();
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginValues>({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: '', password: '' },
  });

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    try {
      await signIn({
        variables: values,
        update: (cache, { data }) => {
          if (data) rememberViewer(cache, data.signIn);
        },
      });
    } catch (error) {
      const rateLimited = graphqlErrorCode(error) === 'RATE_LIMITED';
      setFailure({
        title: rateLimited ? 'Too many attempts' : 'Could not sign in',
        message: graphqlErrorMessage(error),
      });
      return;
    }
    await navigate(next, { replace: true });
  });

  return (
    <AuthCard title="Sign in" subtitle="Use the email and password of your Keyward account.">
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Sign in">
        <Stack gap="md">
          {failure ? (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title={failure.title} role="alert">
              {failure.message}
            </Alert>
          ) : null}
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            placeholder="you@example.com"
            autoFocus
            error={errors.email?.message}
            {...register('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            error={errors.password?.message}
            {...register('password')}
          />
          <Button type="submit" fullWidth loading={isSubmitting} mt="xs">
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
