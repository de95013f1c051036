import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { ADMIN, startKeyward, type RunningServer } from '../support/keyward';
import { startSmtpCapture, type SmtpCapture } from '@keyward/test-support/smtp-capture';

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

const GRACE = { email: 'grace@e2e.keyward.test', initialPassword: 'Initial-Password-1', password: 'Grace-Own-Password-2' };

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

const switcher = (page: Page, organization: string) => page.getByRole('button', { name: `Organization: ${organization}. Switch organization` });

/** Picks an organization in the top-bar switcher and waits until the page is in it. */
async function switchTo(page: Page, from: string, to: string, slug: string): Promise<void> {
  await switcher(page, from).click();
  await page.getByRole('option', { name: new RegExp(to) }).click();
  await expect.poll(() => switcher(page, to).isVisible(), { timeout: 15_000 }).toBe(true);
  await expect.poll(() => new URL(page.url()).searchParams.get('org')).toBe(slug);
}

describe('organizations in a browser', () => {
  it('a super admin creates an organization, switches to it and invites an existing user, who joins with their password and switches between the two', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, ADMIN.email, ADMIN.password);

    // An existing account in Default, created with an initial password it must replace at first sign-in.
    await admin.goto(`${server.url}/admin/security/users`);
    await admin.getByRole('button', { name: 'Add User' }).click();
    const addUser = admin.getByRole('dialog', { name: 'Add user' });
    await addUser.getByText('Create with password').click();
    await addUser.getByLabel('First name').fill('Grace');
    await addUser.getByLabel('Last name').fill('Hopper');
    await addUser.getByLabel('Email address').fill(GRACE.email);
    await addUser.getByLabel(/^Initial password/).fill(GRACE.initialPassword);
    await addUser.getByLabel('Confirm initial password').fill(GRACE.initialPassword);
    await addUser.getByRole('button', { name: 'Create user' }).click();
    await expect.poll(() => admin.getByText('User created').first().isVisible()).toBe(true);

    const grace = await (await browser.newContext()).newPage();
    await signIn(grace, GRACE.email, GRACE.initialPassword);
    await expect.poll(() => grace.getByRole('heading', { name: 'Choose a new password' }).isVisible()).toBe(true);
    await grace.getByLabel('Initial password').fill(GRACE.initialPassword);
    await grace.getByLabel('New password', { exact: true }).fill(GRACE.password);
    await grace.getByLabel('Confirm new password').fill(GRACE.password);
    await grace.getByRole('button', { name: 'Change password' }).click();
    await expect.poll(() => grace.getByRole('button', { name: 'Account menu for Grace Hopper' }).isVisible()).toBe(true);
    await grace.context().clearCookies();

    // The super admin creates Globex Research and enters it with the switcher.
    await admin.goto(`${server.url}/admin/organizations`);
    await admin.getByRole('button', { name: 'New Organization' }).click();
    const create = admin.getByRole('dialog', { name: 'New organization' });
    await create.getByLabel('Name').fill('Globex Research');
    await create.getByRole('button', { name: 'Create organization' }).click();
    await expect.poll(() => admin.getByRole('cell', { name: 'globex-research' }).isVisible()).toBe(true);
    await switchTo(admin, 'Default', 'Globex Research', 'globex-research');
    await expect.poll(() => admin.getByRole('row', { name: /Globex Research/ }).getByText('Current').isVisible()).toBe(true);

    // In Globex, Grace's email is invited: it already has an account, so she joins with her password.
    await admin.goto(`${server.url}/admin/security/users?org=globex-research`);
    await admin.getByRole('button', { name: 'Add User' }).click();
    const invite = admin.getByRole('dialog', { name: 'Add user' });
    await invite.getByLabel('Email address').fill(GRACE.email);
    await invite.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => admin.getByText('Invitation sent').first().isVisible()).toBe(true);

    const mail = await smtp.waitFor(GRACE.email);
    expect(mail.body).toContain('join Globex Research');
    const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(mail.body)?.[0];
    expect(link).toBeDefined();
    await grace.goto(link ?? '');
    await expect.poll(() => grace.getByRole('heading', { name: 'Sign in to join Globex Research' }).isVisible()).toBe(true);
    await grace.getByLabel('Current password').fill(GRACE.password);
    await grace.getByRole('button', { name: 'Sign in and join' }).click();
    await grace.waitForURL((url) => !url.pathname.startsWith('/invite'));

    // Grace now belongs to both and moves between them; the shareable URL follows.
    await expect.poll(() => switcher(grace, 'Globex Research').isVisible(), { timeout: 15_000 }).toBe(true);
    await switchTo(grace, 'Globex Research', 'Default', 'default');
    await switchTo(grace, 'Default', 'Globex Research', 'globex-research');
  });
});
