import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Anchor, Button, Divider, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { graphqlErrorCode, graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import type { SignInOptionsQuery } from '../../graphql/generated';
import { useSignInMutation, useSignInOptionsLazyQuery } from './auth.generated';
import { AuthCard } from './auth-card';
import { emailSchema } from './auth-schemas';
import { HOME_PATH, safeNextPath } from './next-path';
import { ssoRequiredProvider } from './sign-in-refusal';
import { SsoErrorAlert, ssoErrorMessage, SsoSignInButton, type SsoProviderChoice } from './sso-sign-in';
import { rememberViewer } from './viewer-cache';

const emailStepSchema = z.object({ email: emailSchema });
const passwordStepSchema = z.object({ password: z.string().check(z.minLength(1, 'Password is required.')) });

type EmailValues = z.infer<typeof emailStepSchema>;
type PasswordValues = z.infer<typeof passwordStepSchema>;
type SignInOptions = SignInOptionsQuery['signInOptions'];

interface SignInFailure {
  title: string;
  message: string;
  /** A password sign-in refused because the account signs in with this provider. */
  provider?: SsoProviderChoice;
}

/** /login — the email first; what it may sign in with (password, providers or both) decides the second step. */
export function LoginPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const nextPath = safeNextPath(searchParams.get('next'));
  // Only carried to the SSO start URL when it says more than the default.
  const next = nextPath === HOME_PATH ? undefined : nextPath;
  const refusal = ssoErrorMessage(searchParams.get('sso_error'));
  const [chosen, setChosen] = useState<{ email: string; options: SignInOptions } | null>(null);
  const [lastEmail, setLastEmail] = useState('');

  function choose(email: string, options: SignInOptions) {
    setLastEmail(email);
    setChosen({ email, options });
    // The refusal was about the last attempt; going back to the email step should not show it again.
    if (searchParams.has('sso_error')) {
      setSearchParams(
        (params) => {
          params.delete('sso_error');
          params.delete('provider');
          return params;
        },
        { replace: true },
      );
    }
  }

  return (
    <AuthCard title="Sign in" subtitle={chosen ? undefined : 'Enter the email address of your Keyward account.'}>
      {chosen ? (
        <SignInStep email={chosen.email} options={chosen.options} nextPath={nextPath} next={next} onChangeEmail={() => setChosen(null)} />
      ) : (
        <EmailStep defaultEmail={lastEmail} refusal={refusal} onChosen={choose} />
      )}
    </AuthCard>
  );
}

interface EmailStepProps {
  /** The email typed before "Use a different email". */
  defaultEmail: string;
  refusal: string | null;
  onChosen: (email: string, options: SignInOptions) => void;
}

function EmailStep({ defaultEmail, refusal, onChosen }: EmailStepProps) {
  const [loadOptions] = useSignInOptionsLazyQuery({ fetchPolicy: 'network-only' });
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EmailValues>({ resolver: zodResolver(emailStepSchema), defaultValues: { email: defaultEmail } });

  const onSubmit = handleSubmit(async ({ email }) => {
    setFailure(null);
    let options: SignInOptions | undefined;
    let problem: unknown;
    try {
      const result = await loadOptions({ variables: { email } });
      options = result.data?.signInOptions;
      problem = result.error ?? null;
    } catch (error) {
      problem = error;
    }
    const emailProblem = graphqlFieldErrors(problem).find((p) => p.field === 'email');
    if (emailProblem) {
      setError('email', { type: 'server', message: emailProblem.message }, { shouldFocus: true });
      return;
    }
    if (options === undefined) {
      setFailure(graphqlErrorMessage(problem));
      return;
    }
    onChosen(email, options);
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Sign in">
      <Stack gap="md">
        {refusal !== null && failure === null ? <SsoErrorAlert message={refusal} /> : null}
        {failure !== null ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not continue" role="alert">
            {failure}
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
        <Button type="submit" fullWidth loading={isSubmitting} mt="xs">
          Continue
        </Button>
      </Stack>
    </form>
  );
}

interface SignInStepProps {
  email: string;
  options: SignInOptions;
  /** Where to land after a password sign-in. */
  nextPath: string;
  /** What to carry to the SSO start URL (nothing for the home page). */
  next: string | undefined;
  onChangeEmail: () => void;
}

function SignInStep({ email, options, nextPath, next, onChangeEmail }: SignInStepProps) {
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} truncate>
          {email}
        </Text>
        <Anchor component="button" type="button" size="sm" onClick={onChangeEmail}>
          Use a different email
        </Anchor>
      </Group>
      {options.providers.map((provider) => (
        <SsoSignInButton key={provider.id} provider={provider} next={next} />
      ))}
      {options.password && options.providers.length > 0 ? <Divider label="or sign in with your password" labelPosition="center" /> : null}
      {options.password ? <PasswordForm email={email} nextPath={nextPath} next={next} /> : null}
      {!options.password && options.providers.length === 0 ? (
        <Alert color="yellow" icon={<IconAlertCircle size={18} />} title="No way to sign in">
          No sign-in method is set up for this email address. Ask your administrator.
        </Alert>
      ) : null}
    </Stack>
  );
}

function PasswordForm({ email, nextPath, next }: { email: string; nextPath: string; next: string | undefined }) {
  const navigate = useNavigate();
  const [signIn] = useSignInMutation();
  const [failure, setFailure] = useState<SignInFailure | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<PasswordValues>({ resolver: zodResolver(passwordStepSchema), defaultValues: { password: '' } });

  const onSubmit = handleSubmit(async ({ password }) => {
    setFailure(null);
    try {
      await signIn({
        variables: { email, password },
        update: (cache, { data }) => {
          if (data) rememberViewer(cache, data.signIn);
        },
      });
    } catch (error) {
      const provider = ssoRequiredProvider(error) ?? undefined;
      const rateLimited = graphqlErrorCode(error) === 'RATE_LIMITED';
      setFailure({
        title: provider ? 'Use single sign-on' : rateLimited ? 'Too many attempts' : 'Could not sign in',
        message: graphqlErrorMessage(error),
        provider,
      });
      return;
    }
    await navigate(nextPath, { replace: true });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Sign in">
      <Stack gap="md">
        {failure ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title={failure.title} role="alert">
            <Stack gap="sm">
              <Text size="sm">{failure.message}</Text>
              {failure.provider ? <SsoSignInButton provider={failure.provider} next={next} /> : null}
            </Stack>
          </Alert>
        ) : null}
        {/* For password managers: the account the password belongs to. */}
        <input type="email" name="email" value={email} autoComplete="username" readOnly hidden />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          autoFocus
          error={errors.password?.message}
          {...register('password')}
        />
        <Button type="submit" fullWidth loading={isSubmitting} mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
