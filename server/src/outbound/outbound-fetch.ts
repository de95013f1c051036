import type { LookupAddress } from 'node:dns';
import { Agent, fetch as undiciFetch, type RequestInit, type Response } from 'undici';
import { OutboundGuard, OutboundRefusedError, type VetOptions, type VettedTarget } from './outbound-guard';

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dispatcher whose every connection goes to the vetted address, whatever name it is asked for. */
function pinnedAgent(target: VettedTarget): Agent {
  const lookup = (_hostname: string, options: { all?: boolean }, callback: LookupCallback) => {
    if (options.all === true) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  return new Agent({ connect: { lookup, ...(target.servername === undefined ? {} : { servername: target.servername }) }, pipelining: 0 });
}

/**
 * `fetch` through the outbound guard: the URL's host is vetted (resolved once), the request goes
 * to that address (TLS still checks the name), and a redirect is returned as it is, never
 * followed. Only http: and https: are allowed. Throws OutboundRefusedError before dialing.
 */
export async function guardedFetch(guard: OutboundGuard, input: string | URL, init: RequestInit = {}, options: VetOptions = {}): Promise<Response> {
  const url = new URL(input);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new OutboundRefusedError(`${options.label ?? 'The URL'} must start with http:// or https://.`);
  }
  const target = await guard.vet(url.hostname, options);
  const dispatcher = pinnedAgent(target);
  try {
    const response = await undiciFetch(url, { ...init, redirect: 'manual', dispatcher });
    // Closes once the body has been read (or cancelled); the connection is not reused.
    void dispatcher.close();
    return response;
  } catch (error) {
    void dispatcher.destroy();
    throw error;
  }
}

/** A `fetch`-shaped function bound to the guard, for libraries that take one (oauth4webapi's customFetch). */
export function guardedFetcher(guard: OutboundGuard, options: VetOptions = {}) {
  return (url: string, init: RequestInit): Promise<Response> => guardedFetch(guard, url, init, options);
}
