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

describe('foundation in a browser', () => {
  it('the bootstrap admin signs in, sees the shell, changes the rate-limit ceiling, and it is kept after a reload', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);

    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.getByRole('link', { name: 'Administration' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Connect' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.waitForURL(/\/admin\/settings/);

    const ceiling = page.getByLabel('Ceiling per minute');
    await expect.poll(() => ceiling.inputValue()).toBe('600');
    await ceiling.fill('750');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByText('Settings saved').first().isVisible()).toBe(true);

    await page.reload();
    await expect.poll(() => page.getByLabel('Ceiling per minute').inputValue()).toBe('750');
  });

  it('shows the server error for a wrong password', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/login`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill('Wrong-Password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.getByText('Invalid email or password.').isVisible()).toBe(true);
  });
});
