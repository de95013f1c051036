import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';
import { SESSION_COOKIE, SESSION_LIFETIME_MS } from '../modules/auth/session.service';

export function readSessionCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (header === undefined) return undefined;
  return parseCookie(header)[SESSION_COOKIE];
}

/** httpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
function setSessionCookie(req: Request, res: Response, value: string, maxAgeSeconds: number): void {
  res.append(
    'Set-Cookie',
    stringifySetCookie({
      name: SESSION_COOKIE,
      value,
      httpOnly: true,
      sameSite: 'lax',
      secure: req.secure,
      path: '/',
      maxAge: maxAgeSeconds,
    }),
  );
}

export function writeSessionCookie(req: Request, res: Response, token: string): void {
  setSessionCookie(req, res, token, Math.floor(SESSION_LIFETIME_MS / 1000));
}

export function clearSessionCookie(req: Request, res: Response): void {
  setSessionCookie(req, res, '', 0);
}
