import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { loadDemoData, type AdminCall, type DemoData } from './demo-data';
import { startKeyward, type RunningServer } from './keyward';
import { adminCall, signIn } from './pages';

/** Starts Keyward and Chromium, loads the demo data as the admin, then `more` (extra arrangements of a test file). */
export async function startWithDemoData(more?: (call: AdminCall) => Promise<void>): Promise<{ server: RunningServer; browser: Browser; demo: DemoData }> {
  const server = await startKeyward();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, server.url, '/admin/settings');
  const call = adminCall(page, server.url);
  const demo = await loadDemoData(call, server.url);
  if (more) await more(call);
  await context.close();
  return { server, browser, demo };
}
