import type { LookupAddress } from 'node:dns';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOutboundAllow, type OutboundAllowList } from './address-policy';
import { guardedFetch } from './outbound-fetch';
import { OutboundGuard, OutboundRefusedError, type HostResolver } from './outbound-guard';

function allowList(text: string): OutboundAllowList {
  const parsed = parseOutboundAllow(text);
  if (!('list' in parsed)) throw new Error(`invalid: ${parsed.invalid.join(', ')}`);
  return parsed.list;
}

/** A resolver for made-up names (no DNS query leaves the machine), counting how often it is asked. */
function fakeResolver(names: Record<string, string[]>): HostResolver & { calls: string[] } {
  const calls: string[] = [];
  const resolve = async (host: string): Promise<LookupAddress[]> => {
    calls.push(host);
    const addresses = names[host];
    if (addresses === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return Object.assign(resolve, { calls });
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutboundRefusedError);
  return error instanceof Error ? error.message : '';
}

describe('vetting a host', () => {
  const strict = new OutboundGuard(allowList(''), fakeResolver({ 'db.example': ['10.1.2.3'] }));

  it('explains a refused address and how to allow it', async () => {
    expect(await refusal(strict.vet('127.0.0.1'))).toBe('127.0.0.1 is a loopback address; add it to KEYWARD_OUTBOUND_ALLOW to test services on this host.');
    expect(await refusal(strict.vet('2130706433'))).toBe('2130706433 is 127.0.0.1, a loopback address; add 127.0.0.1 to KEYWARD_OUTBOUND_ALLOW to test services on this host.');
    expect(await refusal(strict.vet('db.example'))).toBe(
      'db.example resolves to 10.1.2.3, a private (RFC 1918) address; add db.example or 10.1.2.3 to KEYWARD_OUTBOUND_ALLOW to test services on your private network.',
    );
    expect(await refusal(strict.vet('[::ffff:169.254.169.254]'))).toBe(
      '::ffff:169.254.169.254 is 169.254.169.254, a link-local address; add 169.254.169.254 to KEYWARD_OUTBOUND_ALLOW to test services on your private network.',
    );
  });

  it('names neither the host nor its address when told the host holds a secret', async () => {
    const message = await refusal(strict.vet('db.example', { reveal: false, label: 'The token endpoint' }));
    expect(message).toBe('The token endpoint resolves to a private (RFC 1918) address; add its address or host name to KEYWARD_OUTBOUND_ALLOW to test services on your private network.');
    expect(await refusal(strict.vet('no-such-name.example', { reveal: false }))).toBe('The host could not be resolved.');
  });

  it('refuses a name when any one of its addresses is refused (a rebinding name with a public and a private address)', async () => {
    const resolver = fakeResolver({ 'rebind.example': ['93.184.215.14', '127.0.0.1'], 'v6.example': ['2606:4700::1', 'fd12::1'] });
    const guard = new OutboundGuard(allowList(''), resolver);
    expect(await refusal(guard.vet('rebind.example'))).toMatch(/^rebind\.example resolves to 127\.0\.0\.1, a loopback address/);
    expect(await refusal(guard.vet('v6.example'))).toMatch(/^v6\.example resolves to fd12::1, an IPv6 unique local address/);
  });

  it('resolves once and hands back the address to dial, keeping the name for TLS', async () => {
    const resolver = fakeResolver({ 'api.example': ['93.184.215.14', '93.184.215.15'] });
    const guard = new OutboundGuard(allowList(''), resolver);
    expect(await guard.vet('API.Example.')).toEqual({ host: 'api.example', address: '93.184.215.14', family: 4, servername: 'api.example' });
    expect(resolver.calls).toEqual(['api.example']);
    expect(await guard.vet('8.8.8.8')).toEqual({ host: '8.8.8.8', address: '8.8.8.8', family: 4, servername: undefined });
    expect(resolver.calls).toEqual(['api.example']);
  });

  it('allows through KEYWARD_OUTBOUND_ALLOW by network or by host name only', async () => {
    const resolver = fakeResolver({ 'db.internal': ['10.1.2.3'], 'other.internal': ['10.9.9.9'] });
    const byNetwork = new OutboundGuard(allowList('10.1.0.0/16,::1/128'), resolver);
    expect((await byNetwork.vet('db.internal')).address).toBe('10.1.2.3');
    expect((await byNetwork.vet('[::1]')).address).toBe('::1');
    await refusal(byNetwork.vet('other.internal'));
    await refusal(byNetwork.vet('127.0.0.1'));
    const byName = new OutboundGuard(allowList('db.internal'), resolver);
    expect((await byName.vet('db.internal')).address).toBe('10.1.2.3');
    // The name is allowed, not its address: typing the address is still refused.
    await refusal(byName.vet('10.1.2.3'));
    await refusal(byName.vet('other.internal'));
  });

  it('dials an IPv4-mapped address as its IPv4 address', async () => {
    const guard = new OutboundGuard(allowList('127.0.0.0/8'));
    expect(await guard.vet('[::ffff:127.0.0.1]')).toMatchObject({ address: '127.0.0.1', family: 4 });
  });

  it('gives up on a name that does not resolve in time', async () => {
    const guard = new OutboundGuard(allowList(''), () => new Promise<LookupAddress[]>(() => {}), 50);
    expect(await refusal(guard.vet('slow.example'))).toBe('slow.example could not be resolved.');
  });

  it('refuses an empty host and one longer than a host name can be', async () => {
    expect(await refusal(strict.vet('  '))).toBe('The host is empty.');
    expect(await refusal(strict.vet('a'.repeat(300)))).toBe('The host is longer than a host name can be.');
  });
});

describe('guarded fetch', () => {
  let server: Server;
  let port: number;
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push({ url: req.url ?? '', headers: req.headers });
      if (req.url === '/redirect') res.writeHead(302, { location: `http://127.0.0.1:${port}/target` }).end();
      else res.writeHead(200, { 'content-type': 'text/plain' }).end(`hello ${req.url ?? ''}`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses before dialing, by default', async () => {
    const before = seen.length;
    const guard = new OutboundGuard(allowList(''));
    for (const host of ['127.0.0.1', '2130706433', '0x7f000001', '[::ffff:127.0.0.1]', 'localhost']) {
      expect(await refusal(guardedFetch(guard, `http://${host}:${port}/x`))).toMatch(/loopback address; add .* to KEYWARD_OUTBOUND_ALLOW to test services on this host\.$/);
    }
    expect(seen.length).toBe(before);
  });

  it('returns a redirect as it is and never follows it', async () => {
    const guard = new OutboundGuard(allowList('127.0.0.0/8'));
    const response = await guardedFetch(guard, `http://127.0.0.1:${port}/redirect`);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(`http://127.0.0.1:${port}/target`);
    await response.body?.cancel();
    expect(seen.map((s) => s.url)).not.toContain('/target');
  });

  it('connects to the vetted address while the request keeps the name', async () => {
    // The name resolves (once) to loopback; nothing but the guard ever looks it up.
    const resolver = fakeResolver({ 'service.example': ['127.0.0.1'] });
    const guard = new OutboundGuard(allowList('127.0.0.0/8'), resolver);
    const response = await guardedFetch(guard, `http://service.example:${port}/pinned`);
    expect(await response.text()).toBe('hello /pinned');
    expect(seen.at(-1)?.headers.host).toBe(`service.example:${port}`);
    expect(resolver.calls).toEqual(['service.example']);
  });

  it('refuses other protocols', async () => {
    const guard = new OutboundGuard(allowList('127.0.0.0/8'));
    expect(await refusal(guardedFetch(guard, `file:///etc/passwd`))).toBe('The URL must start with http:// or https://.');
  });
});
