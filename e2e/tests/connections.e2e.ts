import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { ADMIN, startKeyward, type RunningServer } from '../support/keyward';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startKeyward();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A GraphQL call with the admin's session cookie, as the SPA makes it. */
async function asAdmin<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post(`${server.url}/graphql`, {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  const body = (await response.json()) as GraphQLBody<T>;
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** What the workflow engine does: call /graphql with an API key, no cookie. */
async function resolveWithKey(token: string, id: string, environment: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': token },
    body: JSON.stringify({
      query: 'query ($id: ID!, $environment: String!) { resolveConnection(id: $id, environment: $environment) { environment fields integration { baseUrl authType } } }',
      variables: { id, environment },
    }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as GraphQLBody<{
    resolveConnection: { environment: string; fields: Record<string, unknown>; integration: { baseUrl: string | null; authType: string } };
  }>;
  if (!body.data) throw new Error(`resolveConnection failed: ${JSON.stringify(body.errors)}`);
  return body.data.resolveConnection;
}

async function signIn(page: Page, next: string) {
  await page.goto(`${server.url}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

describe('Connections in a browser', () => {
  it('an admin builds an integration and a connection with secret references, a key resolves it, a blank secret keeps its value', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, '/admin/integrations');

    // A secret with a value in Development and Production (through the API, with the admin's session).
    await asAdmin(page.request, 'mutation ($input: CreateSecretInput!) { createSecret(input: $input) { id } }', {
      input: {
        key: 'E2E_API_PASSWORD',
        description: 'Password of the e2e API',
        values: [
          { environment: 'development', value: 'dev-pass-123' },
          { environment: 'production', value: 'prod-pass-456' },
        ],
      },
    });

    // An integration: REST API with Basic auth.
    await page.getByRole('button', { name: 'New Integration' }).click();
    const form = page.getByRole('dialog', { name: 'New Integration' });
    await form.getByLabel('Name', { exact: false }).first().fill('E2E Orders API');
    await form.getByRole('radio', { name: 'REST API' }).click();
    await form.getByLabel('Base URL').fill('https://orders.e2e.test/v1');
    await form.getByLabel('Authentication').selectOption('BASIC');
    await form.getByRole('button', { name: 'Create Integration' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'E2E Orders API' }).isVisible()).toBe(true);

    // The wizard: step 1 creates the connection, step 2 stores credentials for two environments.
    await page.getByRole('link', { name: 'Connect' }).click();
    await page.waitForURL(/\/connections$/);
    await page.getByRole('button', { name: 'New Connection' }).first().click();
    const wizard = page.getByRole('dialog', { name: 'New Connection' });
    await wizard.getByLabel('Search integrations').fill('E2E Orders');
    await wizard.getByRole('radio', { name: 'E2E Orders API' }).click();
    const name = wizard.getByLabel('Connection Name', { exact: false });
    await expect.poll(() => name.inputValue()).toBe('E2E Orders API');
    await name.fill('Orders (ops team)');
    // Personal is the default; the workflow engine's key resolves organization connections.
    await wizard.getByRole('radio', { name: /^Organization/ }).check();
    await wizard.getByRole('button', { name: 'Create Connection' }).click();

    // At 1280 px wide the credentials are a table: a row per environment, the inputs labelled with it.
    const development = wizard.getByRole('row', { name: 'Development credentials' });
    await development.getByRole('textbox', { name: 'Development Username', exact: true }).fill('dev-user');
    await development.getByRole('button', { name: 'Insert secret reference into Development Password' }).click();
    await page.getByRole('menuitem', { name: '@@SECRET:E2E_API_PASSWORD@@' }).click();
    await development.getByRole('button', { name: 'Save Development credentials' }).click();
    await expect.poll(() => development.getByText('Configured', { exact: true }).isVisible()).toBe(true);

    const production = wizard.getByRole('row', { name: 'Production credentials' });
    await production.getByRole('textbox', { name: 'Production Username', exact: true }).fill('prod-user');
    await production.getByLabel('Production Password', { exact: true }).fill('@@SECRET:E2E_API_PASSWORD@@');
    await production.getByRole('button', { name: 'Save Production credentials' }).click();
    await expect.poll(() => production.getByText('Configured', { exact: true }).isVisible()).toBe(true);
    await wizard.getByRole('button', { name: 'Done' }).click();

    const item = page.getByRole('article', { name: 'Orders (ops team)' });
    await expect.poll(() => item.textContent()).toContain('E2E Orders API · REST API');
    await expect.poll(() => item.textContent()).toContain('2 of 4 environments');

    // An API key made through the API with the admin's session, then resolution over HTTP with it.
    const { roles } = await asAdmin<{ roles: { id: string; name: string }[] }>(page.request, '{ roles { id name } }');
    const member = roles.find((role) => role.name === 'Member');
    expect(member).toBeDefined();
    const { createApiKey } = await asAdmin<{ createApiKey: { token: string } }>(
      page.request,
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }',
      { input: { name: 'E2E workflow engine', roleIds: [member?.id] } },
    );
    const { connections } = await asAdmin<{ connections: { edges: { node: { id: string; name: string } }[] } }>(
      page.request,
      '{ connections(filter: { search: "Orders" }) { edges { node { id name } } } }',
    );
    const connectionId = connections.edges.find((edge) => edge.node.name === 'Orders (ops team)')?.node.id ?? '';
    expect(connectionId).not.toBe('');

    const resolvedDevelopment = await resolveWithKey(createApiKey.token, connectionId, 'development');
    expect(resolvedDevelopment.fields).toEqual({ username: 'dev-user', password: 'dev-pass-123' });
    expect(resolvedDevelopment.integration).toEqual({ baseUrl: 'https://orders.e2e.test/v1', authType: 'BASIC' });
    const resolvedProduction = await resolveWithKey(createApiKey.token, connectionId, 'production');
    expect(resolvedProduction.fields).toEqual({ username: 'prod-user', password: 'prod-pass-456' });

    // Edit: a new username, the password left blank: the stored reference is kept.
    await item.getByRole('button', { name: 'Edit Orders (ops team)' }).click();
    const editor = page.getByRole('dialog', { name: 'Edit Connection' });
    await editor.getByRole('button', { name: 'Save and continue' }).click();
    const editedRow = editor.getByRole('row', { name: 'Development credentials' });
    const password = editedRow.getByLabel('Development Password', { exact: true });
    expect(await password.inputValue()).toBe('');
    expect(await password.getAttribute('placeholder')).toContain('leave blank to keep');
    await editedRow.getByRole('textbox', { name: 'Development Username', exact: true }).fill('dev-user-2');
    await editedRow.getByRole('button', { name: 'Save Development credentials' }).click();
    await expect.poll(() => page.getByText('Development credentials were saved.').isVisible()).toBe(true);
    await editor.getByRole('button', { name: 'Done' }).click();

    const afterEdit = await resolveWithKey(createApiKey.token, connectionId, 'development');
    expect(afterEdit.fields).toEqual({ username: 'dev-user-2', password: 'dev-pass-123' });
    await context.close();
  });
});
