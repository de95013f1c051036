import fc from 'fast-check';
import ipaddr from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import { addressRange, isAllowedAddress, normalizeHost, parseIpLiteral, parseOutboundAllow, type OutboundAllowList } from './address-policy';

function allowList(text: string): OutboundAllowList {
  const parsed = parseOutboundAllow(text);
  if (!('list' in parsed)) throw new Error(`invalid: ${parsed.invalid.join(', ')}`);
  return parsed.list;
}

const rangeOf = (host: string) => {
  const address = parseIpLiteral(host);
  if (address === null) throw new Error(`${host} is not an address`);
  return addressRange(address);
};

describe('classifying an address', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['017700000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['127.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['0', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['169.254.169.254', 'linkLocal'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['::', 'unspecified'],
    ['[::ffff:127.0.0.1]', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    ['fe80::1%eth0', 'linkLocal'],
    ['ff02::1', 'multicast'],
    ['64:ff9b::7f00:1', 'rfc6052'],
  ])('%s is %s', (host, range) => {
    expect(rangeOf(host)).toBe(range);
  });

  it.each([['1.1.1.1'], ['8.8.8.8'], ['172.32.0.1'], ['100.128.0.1'], ['2606:4700:4700::1111'], ['::ffff:1.1.1.1']])('%s is public (unicast)', (host) => {
    expect(rangeOf(host)).toBe('unicast');
  });

  it('reads names as names, not addresses', () => {
    expect(parseIpLiteral('localhost')).toBeNull();
    expect(parseIpLiteral('db.internal')).toBeNull();
    expect(parseIpLiteral('08.1.1.1')).toBeNull();
  });

  // Every IPv4 address of a refused range, in every notation a host field or URL accepts.
  const refusedNetworks: [string, number][] = [
    ['127.0.0.0', 8],
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16],
    ['100.64.0.0', 10],
    ['169.254.0.0', 16],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
    ['0.0.0.0', 8],
  ];
  const inNetwork = fc
    .tuple(fc.constantFrom(...refusedNetworks), fc.integer({ min: 0, max: 0xffffffff }))
    .map(([[base, bits], random]) => {
      const baseNumber = ipaddr.IPv4.parse(base).toByteArray().reduce((n, byte) => n * 256 + byte, 0);
      const hostBits = 2 ** (32 - bits);
      return { base, bits, value: baseNumber + (random % hostBits) };
    });
  const notations = (value: number): string[] => {
    const bytes = [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
    const dotted = bytes.join('.');
    return [
      dotted,
      String(value),
      `0x${value.toString(16)}`,
      `0${value.toString(8)}`,
      bytes.map((b) => `0${b.toString(8)}`).join('.'),
      `::ffff:${dotted}`,
      `[::ffff:${dotted}]`,
    ];
  };

  it('finds no public address in a refused range, in any notation', () => {
    fc.assert(
      fc.property(inNetwork, ({ value }) => {
        for (const form of notations(value)) expect(rangeOf(form)).not.toBe('unicast');
      }),
      { numRuns: 300 },
    );
  });

  it('lets an allowed network through in any notation, and nothing outside it', () => {
    fc.assert(
      fc.property(inNetwork, ({ base, bits, value }) => {
        const allow = allowList(`${base}/${bits}`);
        for (const form of notations(value)) {
          const address = parseIpLiteral(form);
          expect(address !== null && isAllowedAddress(address, allow)).toBe(true);
        }
        const outside = parseIpLiteral('8.8.8.8');
        expect(outside !== null && isAllowedAddress(outside, allow)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('parsing KEYWARD_OUTBOUND_ALLOW', () => {
  it('reads CIDRs, single addresses and host names, ignoring spaces, case and empty entries', () => {
    const list = allowList(' 10.0.0.0/8 ,,fd00::/8, 127.0.0.1, [::1], DB.Internal., redis_1 ');
    expect(list.networks.map(([a, bits]) => `${a.toString()}/${bits}`)).toEqual(['10.0.0.0/8', 'fd00::/8', '127.0.0.1/32', '::1/128']);
    expect([...list.hosts]).toEqual(['db.internal', 'redis_1']);
  });

  it('is empty when unset', () => {
    expect(allowList('')).toEqual({ networks: [], hosts: new Set() });
    expect(parseOutboundAllow(undefined)).toEqual({ list: { networks: [], hosts: new Set() } });
  });

  it('lists every entry it cannot read', () => {
    expect(parseOutboundAllow('10.0.0.0/33,10.0.0.0/8,300.1.1.1/8,not a host,http://x,-bad-')).toEqual({
      invalid: ['10.0.0.0/33', '300.1.1.1/8', 'not a host', 'http://x', '-bad-'],
    });
  });

  it('matches an IPv4-mapped address against an IPv4 network and the other way round', () => {
    const mapped = parseIpLiteral('::ffff:10.1.2.3');
    const plain = parseIpLiteral('10.1.2.3');
    expect(mapped !== null && isAllowedAddress(mapped, allowList('10.0.0.0/8'))).toBe(true);
    expect(plain !== null && isAllowedAddress(plain, allowList('::ffff:10.0.0.0/104'))).toBe(true);
    expect(plain !== null && isAllowedAddress(plain, allowList('::ffff:10.1.2.3'))).toBe(true);
    expect(plain !== null && isAllowedAddress(plain, allowList('::ffff:11.0.0.0/104'))).toBe(false);
    expect(mapped !== null && isAllowedAddress(mapped, allowList('::ffff:10.0.0.0/104'))).toBe(true);
  });

  it('normalizes hosts the way allow-list names are compared', () => {
    expect(normalizeHost(' DB.Internal. ')).toBe('db.internal');
    expect(normalizeHost('[::1]')).toBe('::1');
  });
});
