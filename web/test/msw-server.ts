import { graphql } from 'msw/graphql';
import { setupServer } from 'msw/node';

/** Component tests talk to this URL; msw answers it. */
export const API_URL = 'http://localhost/graphql';

export const api = graphql.link(API_URL);

export const server = setupServer();
