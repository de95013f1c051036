import ipaddr from 'ipaddr.js';

/** The setting that lets a self-hoster reach addresses the outbound guard refuses by default. */
export const OUTBOUND_ALLOW_VARIABLE = 'KEYWARD_OUTBOUND_ALLOW';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** What `KEYWARD_OUTBOUND_ALLOW` lets through: networks (CIDRs or single addresses) and host names. */
export interface OutboundAllowList {
  networks: readonly [Address, number][];
  hosts: ReadonlySet<string>;
}

export const EMPTY_ALLOW_LIST: OutboundAllowList = { networks: [], hosts: new Set() };

// A DNS name: labels of letters, digits, hyphens and underscores, separated by dots.
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/** A host as typed (any case, trailing dot, IPv6 brackets) in the form it is compared in. */
export function normalizeHost(host: string): string {
  const trimmed = host.trim().toLowerCase().replace(/\.$/, '');
  return trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed.slice(1, -1) : trimmed;
}

/**
 * Parses `KEYWARD_OUTBOUND_ALLOW`: comma-separated CIDRs (`10.0.0.0/8`, `fd00::/8`), single
 * addresses (`127.0.0.1`) and host names (`db.internal`). Returns the list, or the entries it
 * cannot read.
 */
export function parseOutboundAllow(text: string | undefined): { list: OutboundAllowList } | { invalid: string[] } {
  const networks: [Address, number][] = [];
  const hosts = new Set<string>();
  const invalid: string[] = [];
  for (const raw of (text ?? '').split(',')) {
    const entry = normalizeHost(raw);
    if (entry === '') continue;
    if (entry.includes('/')) {
      try {
        const [address, bits] = ipaddr.parseCIDR(entry);
        // An IPv4-mapped network (::ffff:10.0.0.0/104) is the IPv4 network it stands for.
        networks.push(address.kind() === 'ipv6' && bits >= 96 && (address as ipaddr.IPv6).isIPv4MappedAddress() ? [unmapped(address), bits - 96] : [address, bits]);
      } catch {
        invalid.push(raw.trim());
      }
    } else if (ipaddr.isValid(entry)) {
      const address = unmapped(ipaddr.parse(entry));
      networks.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (HOST_NAME.test(entry)) {
      hosts.add(entry);
    } else {
      invalid.push(raw.trim());
    }
  }
  return invalid.length > 0 ? { invalid } : { list: { networks, hosts } };
}

/** An address as the guard sees it: an IPv4-mapped IPv6 address is its IPv4 address. */
export function unmapped(address: Address): Address {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() ? (address as ipaddr.IPv6).toIPv4Address() : address;
}

/** The ipaddr.js range of an address (mapped IPv4 unwrapped first); only `unicast` is public. */
export function addressRange(address: Address): string {
  return unmapped(address).range();
}

export function isAllowedAddress(address: Address, allow: OutboundAllowList): boolean {
  const candidates = [address, unmapped(address)];
  return allow.networks.some(([network, bits]) => candidates.some((c) => c.kind() === network.kind() && c.match(network, bits)));
}

const RANGE_TEXT: Record<string, string> = {
  loopback: 'a loopback address',
  unspecified: 'an unspecified address',
  private: 'a private (RFC 1918) address',
  carrierGradeNat: 'a carrier-grade NAT (RFC 6598) address',
  linkLocal: 'a link-local address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  uniqueLocal: 'an IPv6 unique local address',
};

/** "a loopback address", "a private (RFC 1918) address", … */
export function describeRange(range: string): string {
  return RANGE_TEXT[range] ?? `a special-purpose address (${range})`;
}

/** What allowing it would be for, at the end of a refusal. */
export function allowPurpose(range: string): string {
  if (range === 'loopback' || range === 'unspecified') return 'to test services on this host';
  if (range === 'private' || range === 'carrierGradeNat' || range === 'uniqueLocal' || range === 'linkLocal') return 'to test services on your private network';
  return 'to allow it';
}

/** Parses an IP literal in any form ipaddr.js reads (dotted, decimal, hex, octal, IPv6); null for a name. */
export function parseIpLiteral(host: string): Address | null {
  const text = normalizeHost(host);
  return ipaddr.isValid(text) ? ipaddr.parse(text) : null;
}

export function parseAddress(text: string): Address {
  return ipaddr.parse(text);
}

export type { Address };
