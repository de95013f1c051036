import type { ApolloCache } from '@apollo/client';
import type { ViewerFieldsFragment, ViewerQuery } from '../../graphql/generated';
import { ViewerDocument } from './auth.generated';

/** Stores the viewer a sign-in returned, so the signed-in area renders without asking again. */
export function rememberViewer(cache: ApolloCache, viewer: ViewerFieldsFragment): void {
  cache.writeQuery<ViewerQuery>({ query: ViewerDocument, data: { viewer } });
}
