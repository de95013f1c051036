import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

/** One request to the provider's token endpoint, as the provider saw it. */
export interface TokenRequest {
  /** How the client authenticated: HTTP Basic, or (no Authorization header) in the form. */
  clientAuth: 'basic' | 'post';
}

/** A real OAuth2 / OpenID provider (oidc-provider) on a free port, counting token requests. */
export interface OAuthPeer {
  issuer: string;
  tokenRequests: TokenRequest[];
  close(): Promise<void>;
}

export async function startOAuthPeer(configure: (issuer: string) => Configuration): Promise<OAuthPeer> {
  let handler: ReturnType<Provider['callback']> | undefined;
  const tokenRequests: TokenRequest[] = [];
  const server: Server = createServer((req, res) => {
    if (req.method === 'POST' && req.url?.split('?')[0] === '/token') {
      tokenRequests.push({ clientAuth: req.headers.authorization?.startsWith('Basic ') === true ? 'basic' : 'post' });
    }
    if (handler === undefined) res.writeHead(503).end();
    else void handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handler = new Provider(issuer, configure(issuer)).callback();
  return { issuer, tokenRequests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Plays the browser at the provider: follows redirects, signs in and consents on the provider's
 * interaction pages, until the provider sends the browser to `callbackPrefix`. Returns that URL.
 */
export async function authorizeAtProvider(authorizationUrl: string, callbackPrefix: string, login = 'provider-user-1'): Promise<string> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let body: string | undefined;
  for (let step = 0; step < 20; step += 1) {
    if (url.startsWith(callbackPrefix)) return url;
    const res = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      body,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
      },
    });
    for (const cookie of res.headers.getSetCookie()) {
      const pair = cookie.split(';')[0] ?? '';
      const eq = pair.indexOf('=');
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    body = undefined;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location !== null) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await res.text();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || prompt === undefined || action === undefined) throw new Error(`unexpected provider page ${res.status}: ${html.slice(0, 400)}`);
    url = new URL(action, url).href;
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt }).toString();
  }
  throw new Error('the provider never redirected back');
}
