import type { Browser } from 'playwright-core';
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

/** What an integrator's program does: call /graphql with the key, no cookie. */
async function callWithKey(token: string): Promise<{ status: number; body: { data?: { organization?: { name: string } } | null; errors?: { extensions?: { code?: string } }[] } }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': token },
    body: JSON.stringify({ query: '{ organization { name } }' }),
  });
  return { status: res.status, body: (await res.json()) as never };
}

describe('API keys in a browser', () => {
  it('an admin creates a key, copies it once, an integrator uses it, the admin revokes it and the next call is refused', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await context.newPage();

    await page.goto(`${server.url}/login?next=${encodeURIComponent('/admin/security/api-keys')}`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin\/security\/api-keys/);

    await page.getByRole('button', { name: 'New API Key' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByLabel('Key name').fill('Browser-made key');
    await dialog.getByRole('checkbox', { name: 'Member' }).check();
    await dialog.getByRole('button', { name: 'Create' }).click();

    const modal = page.getByRole('dialog', { name: 'Copy your new API key' });
    await expect.poll(() => modal.getByText('This key will never be shown again').isVisible()).toBe(true);
    const shown = (await modal.getByTestId('api-key-token').textContent())?.trim() ?? '';
    expect(shown).toMatch(/^apk_[0-9A-Za-z]{16}_[0-9A-Za-z]{49}$/);
    await modal.getByRole('button', { name: 'Copy key', exact: true }).click();
    await expect.poll(() => modal.getByRole('button', { name: 'Copied', exact: true }).isVisible()).toBe(true);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);
    await modal.getByRole('button', { name: 'I have copied the key' }).click();
    await expect.poll(() => page.getByText(shown).count()).toBe(0);

    const allowed = await callWithKey(copied);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data?.organization?.name).toBe('Default');

    const row = page.getByRole('row', { name: /Browser-made key/ });
    await expect.poll(() => row.getByText('Active').isVisible()).toBe(true);
    await row.getByRole('button', { name: 'Actions for Browser-made key' }).click();
    await page.getByRole('menuitem', { name: 'Revoke Key' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
    await expect.poll(() => confirm.getByText(/immediately lose access/).isVisible()).toBe(true);
    await expect.poll(() => confirm.getByText(/Revocation is permanent/).isVisible()).toBe(true);
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await expect.poll(() => row.getByText('Revoked').isVisible()).toBe(true);

    const refused = await callWithKey(copied);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await context.close();
  });
});
