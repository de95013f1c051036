import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpCapture, type SmtpCapture } from '@keyward/test-support/smtp-capture';
import { launchBrowser } from '../support/browser';
import { ADMIN, startKeyward, type RunningServer } from '../support/keyward';

let smtp: SmtpCapture;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  smtp = await startSmtpCapture({ waitTimeoutMs: 10_000 });
  server = await startKeyward({ env: { SMTP_URL: smtp.url } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await smtp?.close();
});

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('users in a browser', () => {
  it('an admin invites a user by email, the user sets a password from the mailed link, and disabling them ends their session', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, ADMIN.email, ADMIN.password);
    await admin.goto(`${server.url}/admin/security/users`);
    await admin.getByRole('button', { name: 'Add User' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add user' });
    await dialog.getByLabel('First name').fill('Grace');
    await dialog.getByLabel('Last name').fill('Hopper');
    await dialog.getByLabel('Email address').fill('grace@e2e.keyward.test');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => admin.getByText('Invitation sent').first().isVisible()).toBe(true);
    const invitedRow = admin.getByRole('row', { name: /grace@e2e\.keyward\.test/ });
    await expect.poll(() => invitedRow.getByText('Invited').isVisible()).toBe(true);

    const mail = await smtp.waitFor('grace@e2e.keyward.test');
    const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(mail.body)?.[0];
    expect(link).toBeDefined();

    const grace = await (await browser.newContext()).newPage();
    await grace.goto(link ?? '');
    await expect.poll(() => grace.getByRole('heading', { name: 'Join Default' }).isVisible()).toBe(true);
    await grace.getByLabel('Password', { exact: true }).fill('Grace-Hopper-Password-1');
    await grace.getByLabel('Confirm password').fill('Grace-Hopper-Password-1');
    await grace.getByRole('button', { name: 'Set password and sign in' }).click();
    await grace.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => grace.getByRole('button', { name: 'Account menu for Grace Hopper' }).isVisible()).toBe(true);

    await admin.reload();
    const activeRow = admin.getByRole('row', { name: /grace@e2e\.keyward\.test/ });
    await expect.poll(() => activeRow.getByText('Active').isVisible()).toBe(true);
    await activeRow.getByRole('button', { name: 'Actions for grace@e2e.keyward.test' }).click();
    await admin.getByRole('menuitem', { name: 'Disable User' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Disable user' });
    await confirm.getByRole('button', { name: 'Disable user' }).click();
    await expect.poll(() => activeRow.getByText('Suspended').isVisible()).toBe(true);

    const refused = await grace.evaluate(async () => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ viewer { email } }' }) });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      return body.errors?.[0]?.extensions?.code;
    });
    expect(refused).toBe('UNAUTHENTICATED');
    await grace.reload();
    await grace.waitForURL(/\/login/);

    const link2 = await (await browser.newContext()).newPage();
    await link2.goto(link ?? '');
    await expect.poll(() => link2.getByRole('heading', { name: 'This invitation cannot be used' }).isVisible()).toBe(true);
  });
});
