import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconLinkOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import * as z from 'zod/mini';
import { graphqlErrorCode, graphqlErrorMessage, graphqlFieldErrors } from '../../components/graphql-errors';
import type { InvitationPreviewQuery } from '../../graphql/generated';
import { useAcceptInvitationMutation, useInvitationPreviewQuery } from './invitation.generated';
import { AuthCard } from './auth-card';
import { newPasswordSchema, PASSWORD_HINT } from '../../components/password-schema';
import { HOME_PATH } from './next-path';
import { SsoErrorAlert, ssoErrorMessage, SsoSignInButton } from './sso-sign-in';
import { rememberViewer } from './viewer-cache';

const acceptSchema = z
  .object({ password: newPasswordSchema, confirmPassword: z.string() })
  .check(z.refine((values) => values.password === values.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match.' }));

/** An existing account joins with the password it already has: no policy check here, the server verifies it. */
const joinSchema = z.object({ password: z.string().check(z.minLength(1, 'Enter the password of your Keyward account.')), confirmPassword: z.string() });

type AcceptValues = z.infer<typeof acceptSchema>;

/** /invite/:token — the link in the invitation email: set a password (or, for an existing account, give it), then land signed in. */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const [searchParams] = useSearchParams();
  const ssoRefusal = ssoErrorMessage(searchParams.get('sso_error'));
  const { data, error, loading, refetch } = useInvitationPreviewQuery({ variables: { token }, fetchPolicy: 'network-only' });
  const [usedUp, setUsedUp] = useState<string | null>(null);

  if (loading && !data) {
    return (
      <AuthCard title="Join Keyward">
        <Stack gap="md" aria-busy="true" aria-label="Checking the invitation">
          <Skeleton h={36} />
          <Skeleton h={36} />
          <Skeleton h={36} w="60%" />
        </Stack>
      </AuthCard>
    );
  }

  // The server explains why a link cannot be used (unknown, used, expired) on the token field.
  const refusal = usedUp ?? (error && graphqlFieldErrors(error).some((p) => p.field === 'token') ? graphqlErrorMessage(error) : null);
  if (refusal !== null || !data) {
    return (
      <AuthCard title="This invitation cannot be used">
        <Stack gap="md">
          {refusal !== null ? (
            <Alert color="yellow" icon={<IconLinkOff size={18} />}>
              {refusal}
            </Alert>
          ) : (
            <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not check the invitation">
              <Text size="sm" mb="sm">
                {graphqlErrorMessage(error)}
              </Text>
              <Button size="xs" variant="light" color="red" onClick={() => void refetch()}>
                Try again
              </Button>
            </Alert>
          )}
          <Button component={Link} to="/login" variant="light" fullWidth>
            Go to sign in
          </Button>
        </Stack>
      </AuthCard>
    );
  }

  const { organizationName, existingAccount, ssoProvider } = data.invitation;
  if (data.invitation.signInMethod === 'SSO' && ssoProvider) {
    return (
      <AuthCard title={`Join ${organizationName}`} subtitle={`${organizationName} signs in with ${ssoProvider.displayName}. Sign in there with ${data.invitation.email} to accept the invitation.`}>
        <Stack gap="md">
          {ssoRefusal !== null ? <SsoErrorAlert message={ssoRefusal} /> : null}
          <TextInput label="Email" value={data.invitation.email} readOnly autoComplete="username" />
          <SsoSignInButton provider={ssoProvider} invitation={token} />
        </Stack>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title={existingAccount ? `Sign in to join ${organizationName}` : `Join ${organizationName}`}
      subtitle={
        existingAccount
          ? `You already have a Keyward account. Enter its password to add ${organizationName} to your organizations.`
          : 'Choose a password for your Keyward account. You will be signed in right away.'
      }
    >
      {ssoRefusal !== null ? (
        <Stack mb="md">
          <SsoErrorAlert message={ssoRefusal} />
        </Stack>
      ) : null}
      <AcceptInvitationForm token={token} invitation={data.invitation} onLinkRefused={setUsedUp} />
    </AuthCard>
  );
}

function AcceptInvitationForm({
  token,
  invitation,
  onLinkRefused,
}: {
  token: string;
  invitation: InvitationPreviewQuery['invitation'];
  onLinkRefused: (message: string) => void;
}) {
  const navigate = useNavigate();
  const [acceptInvitation] = useAcceptInvitationMutation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AcceptValues>({
    resolver: zodResolver(invitation.existingAccount ? joinSchema : acceptSchema),
    defaultValues: { password: '', confirmPassword: '' },
  });
  const existing = invitation.existingAccount;

  const onSubmit = handleSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await acceptInvitation({
        variables: { token, password },
        update: (cache, { data }) => {
          if (data) rememberViewer(cache, data.acceptInvitation);
        },
      });
    } catch (error) {
      const problems = graphqlFieldErrors(error);
      const tokenProblem = problems.find((p) => p.field === 'token');
      if (tokenProblem) return onLinkRefused(tokenProblem.message);
      const passwordProblem = problems.find((p) => p.field === 'password');
      if (passwordProblem) {
        setError('password', { type: 'server', message: passwordProblem.message }, { shouldFocus: true });
        return;
      }
      setFormError(graphqlErrorCode(error) === 'RATE_LIMITED' ? `Too many attempts. ${graphqlErrorMessage(error)}` : graphqlErrorMessage(error));
      return;
    }
    await navigate(HOME_PATH, { replace: true });
  });

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={existing ? 'Sign in to join' : 'Set your password'}>
      <Stack gap="md">
        {formError ? (
          <Alert color="red" icon={<IconAlertCircle size={18} />} title="Could not finish" role="alert">
            {formError}
          </Alert>
        ) : null}
        <TextInput label="Email" value={invitation.email} readOnly autoComplete="username" />
        <PasswordInput
          label={existing ? 'Current password' : 'Password'}
          description={existing ? 'The password you sign in to Keyward with.' : PASSWORD_HINT}
          autoComplete={existing ? 'current-password' : 'new-password'}
          autoFocus
          error={errors.password?.message}
          {...register('password')}
        />
        {existing ? null : (
          <PasswordInput label="Confirm password" autoComplete="new-password" error={errors.confirmPassword?.message} {...register('confirmPassword')} />
        )}
        <Button type="submit" fullWidth loading={isSubmitting} mt="xs">
          {existing ? 'Sign in and join' : 'Set password and sign in'}
        </Button>
      </Stack>
    </form>
  );
}
