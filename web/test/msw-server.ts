import { HttpResponse } from 'msw';
import { graphql } from 'msw/graphql';
import { setupServer } from 'msw/node';
import { viewerOrganization } from './organizations-fixtures';

/** Component tests talk to this URL; msw answers it. */
export const API_URL = 'http://localhost/graphql';

export const api = graphql.link(API_URL);

/** Unless a test says otherwise, the viewer belongs to one organization (so the top bar has no switcher). */
const defaults = [api.query('ViewerOrganizations', () => HttpResponse.json({ data: { organizations: [viewerOrganization()] } }))];

export const server = setupServer(...defaults);
