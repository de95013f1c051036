import type { Page } from 'playwright-core';
import type { AdminCall } from './demo-data';
import { ADMIN } from './keyward';

/** Each main page and the page heading that says it has rendered (`/` is home, whatever it shows). */
export const MAIN_PAGES: readonly { path: string; ready: RegExp; file: string }[] = [
  { path: '/', ready: /.+/, file: 'home' },
  { path: '/connections', ready: /^Connections$/, file: 'connections' },
  { path: '/connections/node-preview', ready: /^Node properties$/, file: 'node-preview' },
  { path: '/admin/security/users', ready: /^Users$/, file: 'users' },
  { path: '/admin/security/roles', ready: /^Roles$/, file: 'roles' },
  { path: '/admin/security/api-keys', ready: /^API Keys$/, file: 'api-keys' },
  { path: '/admin/security/secrets', ready: /^Secrets$/, file: 'secrets' },
  { path: '/admin/integrations', ready: /^Integrations$/, file: 'integrations' },
  { path: '/admin/audit', ready: /^Audit log$/, file: 'audit' },
  { path: '/admin/settings', ready: /^Organization settings$/, file: 'settings' },
];

export async function signIn(page: Page, url: string, next: string): Promise<void> {
  await page.goto(`${url}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((address) => address.pathname === next);
}

/** GraphQL with the page's session cookie, as the SPA calls it. */
export function adminCall(page: Page, url: string): AdminCall {
  return async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await page.request.post(`${url}/graphql`, {
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      data: { query, variables },
    });
    const body = (await response.json()) as { data?: T | null; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
}

/** Opens a main page and waits until its heading is shown and its data has loaded. */
export async function openMainPage(page: Page, url: string, path: string, ready: RegExp): Promise<void> {
  await page.goto(`${url}${path}`);
  await page.getByRole('heading', { name: ready }).first().waitFor();
  await page.waitForLoadState('networkidle');
}

/**
 * The badges, and table cells holding key prefixes (`code`), whose content is cut (scrollWidth > clientWidth),
 * by their text.
 */
export function truncatedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    const candidates = document.querySelectorAll<HTMLElement>('.mantine-Badge-root, .mantine-Badge-label, td code, td:has(code)');
    for (const element of Array.from(candidates)) {
      if (element.getClientRects().length === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1) cut.push(`${element.className.split(' ')[0] ?? element.tagName}: ${element.textContent ?? ''}`);
    }
    return cut;
  });
}

/**
 * The elements matching `selector` whose text runs onto more than one line, by their text: an inline
 * element split into several boxes, or text boxes starting below the first line.
 */
export function wrappedElements(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((query) => {
    const wrapped: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(query))) {
      const range = document.createRange();
      range.selectNodeContents(element);
      const boxes = Array.from(range.getClientRects()).filter((box) => box.width > 0);
      const [first] = boxes;
      const inlineSplit = getComputedStyle(element).display === 'inline' && element.getClientRects().length !== 1;
      if (inlineSplit || (first !== undefined && boxes.some((box) => box.top >= first.bottom - 1))) wrapped.push(element.textContent ?? '');
    }
    return wrapped;
  }, selector);
}
