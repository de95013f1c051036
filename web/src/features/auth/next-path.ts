/** Where a signed-in person lands when nothing else is asked for. */
export const HOME_PATH = '/';

/**
 * The `next` query parameter, if it is a path inside this app. Anything else (another
 * origin, a protocol-relative URL, the login page itself) falls back to the home page,
 * so a crafted sign-in link cannot send someone elsewhere.
 */
export function safeNextPath(next: string | null): string {
  if (next === null || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return HOME_PATH;
  }
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/setup')) return HOME_PATH;
  return next;
}
