import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

interface ApolloClientOptions {
  /** Absolute in tests (msw needs one); same-origin `/graphql` in the browser. */
  uri?: string;
}

export function createApolloClient({ uri = '/graphql' }: ApolloClientOptions = {}) {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      // The session lives in an httpOnly cookie on the same origin.
      credentials: 'same-origin',
      // Apollo Server's CSRF prevention only accepts requests that force a preflight.
      headers: { 'apollo-require-preflight': 'true' },
    }),
    cache: new InMemoryCache({
      typePolicies: {
        // Rate-limit pairs have no identity: an incoming pair replaces the stored one.
        RateLimit: { merge: false },
      },
    }),
  });
}
