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
    dispatcher.close().catch(() => {});
    return response;
  } catch (error) {
    dispatcher.destroy().catch(() => {});
    throw error;
  }
}

/** A `fetch`-shaped function bound to the guard, for libraries that take one (oauth4webapi's customFetch). */
export function guardedFetcher(guard: OutboundGuard, options: VetOptions = {}) {
  return (url: string, init: RequestInit): Promise<Response> => guardedFetch(guard, url, init, options);
}

/** The start of a response body as text, reading no more than `maxBytes` of it. */
export async function readTextCapped(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (reader === undefined) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
  return Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8');
}
