/**
 * Absolute links into the SPA for emails. The base is PUBLIC_URL when set, otherwise the address
 * the server listens on, which is only known once it listens (server.ts calls `listeningOn`).
 */
export class Links {
  private base: string | undefined;

  constructor(publicUrl: string | undefined) {
    this.base = publicUrl;
  }

  listeningOn(url: string): void {
    this.base ??= url.replace(/\/+$/, '');
  }

  get baseUrl(): string {
    if (this.base === undefined) throw new Error('links: the public URL is not known before the server listens');
    return this.base;
  }

  invitation(token: string): string {
    return `${this.baseUrl}/invite/${encodeURIComponent(token)}`;
  }
}
