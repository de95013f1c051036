import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('uses port 4000 and the repository .keyward directory by default', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.dataDir).toMatch(/\.keyward$/);
    expect(config.databaseUrl).toBeUndefined();
  });

  it('lists every bad value with a clear message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect(String(error)).toMatch(/PORT: must be a port number/);
      expect(String(error)).toMatch(/DATABASE_URL: must be a URL like postgres:/);
    }
  });

  it('requires both bootstrap admin variables or neither', () => {
    expect(() => loadConfig({ KEYWARD_BOOTSTRAP_ADMIN_EMAIL: 'a@b.c' })).toThrow(/KEYWARD_BOOTSTRAP_ADMIN_PASSWORD/);
  });

  it('never echoes a secret value in its messages', () => {
    try {
      loadConfig({ SMTP_URL: 'ftp://user:hunter2-secret@mail' });
    } catch (error) {
      expect(String(error)).not.toContain('hunter2-secret');
      return;
    }
    throw new Error('expected a configuration error');
  });

  it('reads KEYWARD_OUTBOUND_ALLOW as networks and host names, empty by default', () => {
    expect(loadConfig({}).outboundAllow.networks).toEqual([]);
    const allow = loadConfig({ KEYWARD_OUTBOUND_ALLOW: ' 10.0.0.0/8, fd00::/8,127.0.0.1 , DB.Internal.' }).outboundAllow;
    expect(allow.networks.map(([address, bits]) => `${address.toString()}/${bits}`)).toEqual(['10.0.0.0/8', 'fd00::/8', '127.0.0.1/32']);
    expect([...allow.hosts]).toEqual(['db.internal']);
  });

  it('stops on a bad KEYWARD_OUTBOUND_ALLOW entry, naming the variable and the entry', () => {
    expect(() => loadConfig({ KEYWARD_OUTBOUND_ALLOW: '10.0.0.0/33' })).toThrow(/KEYWARD_OUTBOUND_ALLOW: not a CIDR .*10\.0\.0\.0\/33/);
    expect(() => loadConfig({ KEYWARD_OUTBOUND_ALLOW: '10.0.0.0/8,not a host!' })).toThrow(/KEYWARD_OUTBOUND_ALLOW: .*not a host!/);
  });

  it('turns introspection off in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', KEYWARD_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('trusts forwarded client addresses only from a proxy on this host unless told otherwise', () => {
    expect(loadConfig({}).trustProxy).toEqual(['loopback']);
    expect(loadConfig({ KEYWARD_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ KEYWARD_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ KEYWARD_TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.0.2.7' }).trustProxy).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.7']);
  });

  it('refuses a trust-proxy setting that would let any client choose its address, or that is not an address', () => {
    for (const value of ['true', 'everyone', '10.0.0.0/33', '300.1.1.1', '10.0.0.1/8/8', ',']) {
      expect(() => loadConfig({ KEYWARD_TRUST_PROXY: value })).toThrow(/KEYWARD_TRUST_PROXY: must be false, a number of proxy hops/);
    }
  });
});
