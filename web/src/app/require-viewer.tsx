import { Center, Container } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader';
import { hasErrorCode } from '../components/graphql-errors';
import { QueryError } from '../components/query-error';
import { ViewerProvider } from '../components/viewer-context';
import { useViewerQuery } from '../features/auth/auth.generated';

// Only an account that must change its password sees this page: its form loads when needed.
const FirstPasswordPage = lazy(async () => ({ default: (await import('../features/auth/first-password-page')).FirstPasswordPage }));

/** The auth guard: renders the signed-in area (after a required password change), or sends the visitor to sign in and back. */
export function RequireViewer() {
  const location = useLocation();
  const { data, error, refetch } = useViewerQuery();

  if (data) {
    return (
      <ViewerProvider viewer={data.viewer}>
        {data.viewer.mustChangePassword ? (
          <Suspense fallback={<FullPageLoader label="Loading…" />}>
            <FirstPasswordPage />
          </Suspense>
        ) : (
          <Outlet />
        )}
      </ViewerProvider>
    );
  }

  if (error) {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) {
      const next = encodeURIComponent(`${location.pathname}${location.search}`);
      return <Navigate to={`/login?next=${next}`} replace />;
    }
    return (
      <Center h="100vh">
        <Container size="sm" w="100%">
          <QueryError error={error} what="your account" onRetry={() => void refetch()} />
        </Container>
      </Center>
    );
  }

  return <FullPageLoader label="Loading your workspace…" />;
}
