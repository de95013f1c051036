import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import { DomainError } from '../core/errors';
import {
  addressRange,
  allowPurpose,
  describeRange,
  isAllowedAddress,
  normalizeHost,
  OUTBOUND_ALLOW_VARIABLE,
  parseAddress,
  parseIpLiteral,
  unmapped,
  type OutboundAllowList,
} from './address-policy';

/** Resolves a host name to every address it has (`dns.lookup(host, { all: true })`). */
export type HostResolver = (host: string) => Promise<LookupAddress[]>;

const systemResolver: HostResolver = (host) => dnsLookup(host, { all: true, verbatim: true });

/** How long a name may take to resolve before the guard gives up on it. */
const RESOLVE_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A host the guard let through: dial `address`, never the name again. */
export interface VettedTarget {
  /** The host as typed, lower-cased, without IPv6 brackets. */
  host: string;
  /** The address to connect to. */
  address: string;
  family: 4 | 6;
  /** The name for TLS (SNI and certificate checks), or undefined when the host is an address. */
  servername: string | undefined;
}

export interface VetOptions {
  /** What the host is, for messages: "The host", "The token endpoint". */
  label?: string;
  /**
   * Whether a refusal may name the host and its address. False when the host came from a
   * secret (a substituted reference): its value must not reach a message.
   */
  reveal?: boolean;
}

/** The guard refused a destination before any connection was made. The message says how to allow it. */
export class OutboundRefusedError extends DomainError {
  constructor(message: string) {
    super('BAD_USER_INPUT', message);
    this.name = 'OutboundRefusedError';
  }
}

/**
 * The one way out of Keyward: every outbound connection (connection tests, OAuth2 token calls,
 * later OpenID discovery) asks it first. It resolves a name once, refuses loopback, private,
 * link-local, multicast, reserved and other non-public addresses (IPv4-mapped forms included)
 * unless `KEYWARD_OUTBOUND_ALLOW` allows them, and hands back the address to dial, so the name
 * is never looked up again (no DNS rebinding between the check and the connection).
 */
export class OutboundGuard {
  constructor(
    private readonly allow: OutboundAllowList,
    private readonly resolve: HostResolver = systemResolver,
    private readonly resolveTimeoutMs = RESOLVE_TIMEOUT_MS,
  ) {}

  /**
   * Whether `KEYWARD_OUTBOUND_ALLOW` names this host, or covers every address it has: such a host
   * was allowed on purpose (a private network, a test identity provider), so plain http to it may
   * be accepted where https is otherwise required.
   */
  async allowsExplicitly(hostText: string): Promise<boolean> {
    const host = normalizeHost(hostText);
    if (host === '') return false;
    if (this.allow.hosts.has(host)) return true;
    const literal = parseIpLiteral(host);
    if (literal !== null) return isAllowedAddress(literal, this.allow);
    if (this.allow.networks.length === 0) return false;
    try {
      const addresses = await withTimeout(this.resolve(host), this.resolveTimeoutMs);
      return addresses.length > 0 && addresses.every((a) => isAllowedAddress(parseAddress(a.address), this.allow));
    } catch {
      return false;
    }
  }

  async vet(hostText: string, options: VetOptions = {}): Promise<VettedTarget> {
    const label = options.label ?? 'The host';
    const reveal = options.reveal ?? true;
    const host = normalizeHost(hostText);
    if (host === '') throw new OutboundRefusedError(`${label} is empty.`);
    if (host.length > 253) throw new OutboundRefusedError(`${label} is longer than a host name can be.`);
    const literal = parseIpLiteral(host);
    let addresses: string[];
    if (literal !== null) {
      addresses = [literal.toString()];
    } else {
      try {
        addresses = (await withTimeout(this.resolve(host), this.resolveTimeoutMs)).map((a) => a.address);
      } catch {
        throw new OutboundRefusedError(reveal ? `${host} could not be resolved.` : `${label} could not be resolved.`);
      }
      if (addresses.length === 0) throw new OutboundRefusedError(reveal ? `${host} has no address.` : `${label} has no address.`);
    }
    const allowedByName = literal === null && this.allow.hosts.has(host);
    // Every address the name has must pass: one private address among public ones is refused.
    for (const text of addresses) {
      const address = parseAddress(text);
      const range = addressRange(address);
      if (range === 'unicast' || allowedByName || isAllowedAddress(address, this.allow)) continue;
      throw new OutboundRefusedError(refusal(host, text, range, literal !== null, reveal, label));
    }
    // An IPv4-mapped address is dialled as the IPv4 address it stands for.
    const chosen = unmapped(parseAddress(addresses[0] ?? ''));
    return { host, address: chosen.toString(), family: chosen.kind() === 'ipv4' ? 4 : 6, servername: literal === null ? host : undefined };
  }
}

function refusal(host: string, address: string, range: string, isLiteral: boolean, reveal: boolean, label: string): string {
  const kind = describeRange(range);
  const how = `${allowPurpose(range)}.`;
  if (!reveal) return `${label} resolves to ${kind}; add its address or host name to ${OUTBOUND_ALLOW_VARIABLE} ${how}`;
  const shown = unmapped(parseAddress(address)).toString();
  if (isLiteral && host === shown) return `${host} is ${kind}; add it to ${OUTBOUND_ALLOW_VARIABLE} ${how}`;
  if (isLiteral) return `${host} is ${shown}, ${kind}; add ${shown} to ${OUTBOUND_ALLOW_VARIABLE} ${how}`;
  return `${host} resolves to ${shown}, ${kind}; add ${host} or ${shown} to ${OUTBOUND_ALLOW_VARIABLE} ${how}`;
}
