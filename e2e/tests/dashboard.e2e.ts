import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWithDemoData } from '../support/demo-server';
import { ADMIN, type RunningServer } from '../support/keyward';
import { truncatedElements } from '../support/pages';

let server: RunningServer;
let browser: Browser;

/** Each dashboard card, the label of its link and the page that link opens with that page's heading. */
const CARDS = [
  { title: 'API keys', link: 'Open API Keys', path: '/admin/security/api-keys', heading: /^API Keys$/ },
  { title: 'Secrets', link: 'Open Secrets', path: '/admin/security/secrets', heading: /^Secrets$/ },
  { title: 'Connections', link: 'Open Connections', path: '/connections', heading: /^Connections$/ },
  { title: 'Recent activity', link: 'Open Audit log', path: '/admin/audit', heading: /^Audit log$/ },
] as const;

beforeAll(async () => {
  ({ server, browser } = await startWithDemoData(async (call) => {
    // A key close to its expiry, so the API keys card shows its "expiring within 7 days" badge.
    const { roles } = await call<{ roles: { id: string; name: string }[] }>('{ roles { id name } }');
    const member = roles.find((role) => role.name === 'Member');
    if (!member) throw new Error('no Member role');
    const expiresAt = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString();
    await call('mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { token } }', {
      input: { name: 'Nightly export', roleIds: [member.id], expiresAt },
    });
  }));
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the home dashboard at 1440×900', () => {
  it('greets an admin after sign-in with every card, uncut badges, and a link from each card to its page', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((address) => address.pathname === '/');
    await page.getByRole('heading', { name: /^Home$/ }).first().waitFor();

    for (const { title } of CARDS) {
      const card = page.getByRole('region', { name: title, exact: true });
      await card.waitFor();
      await card.locator('[aria-busy="true"]').waitFor({ state: 'hidden' });
    }
    // The demo data has API keys, secrets and connections, so their counts are shown (not the empty or error state).
    expect(await page.getByRole('region', { name: 'API keys', exact: true }).getByRole('group', { name: 'Active', exact: true }).textContent()).toMatch(/^[1-9]\d*Active$/);
    expect(await page.getByRole('region', { name: 'Secrets', exact: true }).getByRole('group', { name: 'Secrets', exact: true }).textContent()).toMatch(/^[1-9]\d*Secrets$/);
    expect(await page.getByRole('region', { name: 'Connections', exact: true }).getByRole('group', { name: 'Connections', exact: true }).textContent()).toMatch(/^[1-9]\d*Connections$/);
    expect(await page.getByRole('region', { name: 'Recent activity', exact: true }).getByRole('listitem').count()).toBeGreaterThan(0);
    await page.getByRole('region', { name: 'API keys', exact: true }).getByText('1 key expiring within 7 days', { exact: true }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await truncatedElements(page)).toEqual([]);

    for (const { link, path, heading } of CARDS) {
      await page.goto(`${server.url}/`);
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.waitForURL((address) => address.pathname === path);
      await page.getByRole('heading', { name: heading }).first().waitFor();
    }
    await context.close();
  });
});
