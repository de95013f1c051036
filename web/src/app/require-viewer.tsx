import { Center, Container } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { FirstPasswordPage } from '../features/auth/first-password-page';
import { FullPageLoader } from '../components/full-page-loader';
import { hasErrorCode } from '../components/graphql-errors';
import { QueryError } from '../components/query-error';
import { ViewerProvider } from '../components/viewer-context';
import { useViewerQuery } from '../graphql/generated';

/** The auth guard: renders the signed-in area (after a required password change), or sends the visitor to sign in and back. */
export function RequireViewer() {
  const location = useLocation();
  const { data, error, refetch } = useViewerQuery();

  if (data) {
    return (
      <ViewerProvider viewer={data.viewer}>{data.viewer.mustChangePassword ? <FirstPasswordPage /> : <Outlet />}</ViewerProvider>
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
