import { startOidcProvider, type TestOidcProvider } from '@keyward/test-support/oidc-provider';
import { startSmtpCapture, type SmtpCapture } from '@keyward/test-support/smtp-capture';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser';
import { ADMIN, startKeyward, type RunningServer } from '../support/keyward';

/** Where every provider sends the browser back (SSO_CALLBACK_PATH of @keyward/shared/sso). */
const SSO_CALLBACK_PATH = '/auth/sso/callback';
const CLIENT = { clientId: 'keyward-e2e', clientSecret: 'e2e-oidc-client-secret-4b1d' };
const GRACE = { sub: 'grace-at-idp', email: 'grace@sso-e2e.test', email_verified: true, name: 'Grace Hopper' };

let smtp: SmtpCapture;
let server: RunningServer;
let idp: TestOidcProvider;
let browser: Browser;
/**
 * Where the browser opens Keyward: the address Keyward itself names (without PUBLIC_URL, http://localhost:<port>)
 * in invitation links and the redirect URI, so the sign-in's state cookie is sent back to the callback.
 */
let app: string;

beforeAll(async () => {
  smtp = await startSmtpCapture({ waitTimeoutMs: 10_000 });
  server = await startKeyward({ env: { SMTP_URL: smtp.url } });
  app = server.url.replace('//127.0.0.1:', '//localhost:');
  // The provider knows Keyward's callback once Keyward has its port.
  idp = await startOidcProvider({
    clients: [{ ...CLIENT, redirectUris: [`${app}${SSO_CALLBACK_PATH}`] }],
    accounts: [GRACE],
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await idp?.close();
  await server?.stop();
  await smtp?.close();
});

async function signInWithPassword(page: Page): Promise<void> {
  await page.goto(`${app}/login`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** The provider's own login page (oidc-provider's development interactions): any password for a known login. */
async function signInAtProvider(page: Page, login: string): Promise<void> {
  await page.waitForURL((url) => url.origin === idp.issuer);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password works here');
  await page.locator('button[type="submit"]').click();
}

describe('single sign-on in a browser', () => {
  it('an admin configures a provider and invites with it; the invited user signs in at the provider’s page and lands in Keyward, then signs in again from the login page', async () => {
    const admin = await (await browser.newContext()).newPage();
    await signInWithPassword(admin);

    await admin.goto(`${app}/admin/security/single-sign-on`);
    await admin.getByText('No SSO provider yet').waitFor();
    await admin.getByRole('button', { name: 'Add provider' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add SSO provider' });
    expect(await dialog.getByLabel('Redirect URI', { exact: true }).inputValue()).toBe(`${app}${SSO_CALLBACK_PATH}`);
    await dialog.getByLabel('Display name').fill('Test IdP');
    await dialog.getByLabel('Issuer URL').fill(idp.issuer);
    await dialog.getByLabel('Client ID').fill(CLIENT.clientId);
    await dialog.getByLabel('Client secret').fill(CLIENT.clientSecret);
    const domains = dialog.getByRole('combobox', { name: 'Allowed email domains' });
    await domains.fill('sso-e2e.test');
    await domains.press('Enter');
    await dialog.getByRole('button', { name: 'Add provider' }).click();
    const card = admin.getByRole('article', { name: 'Test IdP' });
    await card.getByText(idp.issuer).waitFor();
    expect(await card.getByText('sso-e2e.test').isVisible()).toBe(true);
    expect(await card.getByText(`${app}${SSO_CALLBACK_PATH}`).isVisible()).toBe(true);

    await admin.goto(`${app}/admin/security/users`);
    await admin.getByRole('button', { name: 'Add User' }).click();
    const invite = admin.getByRole('dialog', { name: 'Add user' });
    await invite.getByLabel('First name').fill('Grace');
    await invite.getByLabel('Last name').fill('Hopper');
    await invite.getByLabel('Email address').fill(GRACE.email);
    await invite.getByLabel('Sign-in method').selectOption({ label: 'Test IdP (single sign-on)' });
    await invite.getByRole('button', { name: 'Create' }).click();
    const invitedRow = admin.getByRole('row', { name: /grace@sso-e2e\.test/ });
    await invitedRow.getByText('Invited').waitFor();
    expect(await invitedRow.getByText('Test IdP').isVisible()).toBe(true);

    const mail = await smtp.waitFor(GRACE.email);
    const link = /https?:\/\/\S+\/invite\/[A-Za-z0-9_-]+/.exec(mail.body)?.[0];
    expect(link).toBeDefined();

    const graceContext = await browser.newContext();
    const grace = await graceContext.newPage();
    await grace.goto(link ?? '');
    await grace.getByRole('heading', { name: 'Join Default' }).waitFor();
    expect(await grace.getByLabel('Password').count()).toBe(0);
    await grace.getByRole('link', { name: 'Continue with Test IdP' }).click();
    await signInAtProvider(grace, GRACE.sub);
    await grace.waitForURL((url) => url.origin === app && url.pathname === '/');
    await grace.getByRole('button', { name: 'Account menu for Grace Hopper' }).waitFor();

    await admin.reload();
    await admin.getByRole('row', { name: /grace@sso-e2e\.test/ }).getByText('Active').waitFor();

    // A later sign-in starts on Keyward's login page; the provider still knows the browser, so it sends it straight back.
    await graceContext.clearCookies({ name: 'keyward_session' });
    await grace.goto(`${app}/login?next=${encodeURIComponent('/connections')}`);
    await grace.getByLabel('Email').fill(GRACE.email);
    await grace.getByRole('button', { name: 'Continue' }).click();
    await grace.getByRole('link', { name: 'Continue with Test IdP' }).click();
    await grace.waitForURL((url) => url.origin === app && url.pathname === '/connections');
    await grace.getByRole('button', { name: 'Account menu for Grace Hopper' }).waitFor();
  });
});
