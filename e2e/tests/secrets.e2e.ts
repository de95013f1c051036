import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { ADMIN, startKeyward, type RunningServer } from '../support/keyward';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

const DEV_VALUE = 'sk_test_e2e_development_value';
const PROD_VALUE = 'sk_live_e2e_production_value';
const PROD_VALUE_2 = 'sk_live_e2e_production_value_two';

beforeAll(async () => {
  server = await startKeyward();
  browser = await launchBrowser();
  context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const visible = (page: Page, text: string) => page.getByText(text, { exact: false }).first().isVisible();

describe('secrets in a browser', () => {
  it('creates a secret in two environments, copies its reference, replaces one value and restores the previous version', async () => {
    const page = await context.newPage();
    await signIn(page);

    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('link', { name: 'Secrets' }).click();
    await page.waitForURL(/\/admin\/security\/secrets/);
    await expect.poll(() => visible(page, 'No secrets yet')).toBe(true);

    // New Secret: key checked as you type, two environments with values.
    await page.getByRole('button', { name: 'New Secret' }).first().click();
    const create = page.getByRole('dialog', { name: 'New Secret' });
    const key = create.getByLabel('Secret Key');
    await key.fill('stripe key');
    await expect.poll(() => create.getByText('Secret key must be uppercase letters').isVisible()).toBe(true);
    await key.fill('STRIPE_API_KEY');
    await expect.poll(() => create.getByText('Referenced as @@SECRET:STRIPE_API_KEY@@').isVisible()).toBe(true);
    await create.getByLabel('Description').fill('Stripe payments');
    await create.getByRole('switch', { name: 'Development' }).click();
    await create.getByLabel('Value for Development').fill(DEV_VALUE);
    await create.getByRole('switch', { name: 'Production' }).click();
    await create.getByLabel('Value for Production').fill(PROD_VALUE);
    await create.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => visible(page, 'Secret created')).toBe(true);

    const row = page.getByRole('row', { name: /STRIPE_API_KEY/ });
    await expect.poll(() => row.getByText('Development').isVisible()).toBe(true);
    await expect.poll(() => row.getByText('Production').isVisible()).toBe(true);
    expect(await row.getByText('QA').count()).toBe(0);

    // Copy Reference puts @@SECRET:KEY@@ on the clipboard and says so.
    await page.getByRole('button', { name: 'Copy reference to STRIPE_API_KEY' }).click();
    await expect.poll(() => visible(page, 'Reference copied')).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('@@SECRET:STRIPE_API_KEY@@');

    // Edit: replace the Production value (write-only).
    await page.getByRole('button', { name: 'Edit STRIPE_API_KEY' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit STRIPE_API_KEY' });
    await edit.getByRole('button', { name: 'Replace the Production value' }).click();
    await edit.getByLabel('New value for Production').fill(PROD_VALUE_2);
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => visible(page, 'Secret saved')).toBe(true);

    // History: version 2 is current in Production; restore version 1.
    await page.getByRole('button', { name: 'Edit STRIPE_API_KEY' }).click();
    const history = page.getByRole('dialog', { name: 'Edit STRIPE_API_KEY' }).getByRole('table', { name: 'Version history' });
    await expect.poll(() => history.getByRole('row', { name: /Production\s*2\s*current\s*Value set/ }).isVisible()).toBe(true);
    await history.getByRole('button', { name: 'Restore version 1 of Production' }).click();
    await expect.poll(() => visible(page, 'Production now has the value of version 1 (as version 3).')).toBe(true);
    await expect.poll(() => history.getByRole('row', { name: /Production\s*3\s*current\s*Restored version 1/ }).isVisible()).toBe(true);

    // No value ever reached the page.
    const html = await page.content();
    for (const value of [DEV_VALUE, PROD_VALUE, PROD_VALUE_2]) expect(html).not.toContain(value);
  });
});
