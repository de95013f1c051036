import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy on a fixed local port in front of a real peer (PostgreSQL, Redis), so a test can
 * make the peer unreachable for the server under test — and reachable again — without stopping
 * the machine's shared services.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private stalled = false;
  port = 0;

  private constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
    private readonly observe: ((client: Socket) => void) | undefined,
  ) {}

  /** `observe`, if given, sees each forwarded client connection (to read what the client sends). */
  static async start(targetHost: string, targetPort: number, observe?: (client: Socket) => void): Promise<TcpProxy> {
    const proxy = new TcpProxy(targetHost, targetPort, observe);
    await proxy.open();
    return proxy;
  }

  /** Listens again (on the same port after the first time) and forwards new connections. */
  async open(): Promise<void> {
    if (this.server) return;
    const server = createServer((client) => {
      const pair = this.stalled ? [client] : [client, createConnection({ host: this.targetHost, port: this.targetPort })];
      for (const socket of pair) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => pair.forEach((s) => s.destroy()));
      }
      const upstream = pair[1];
      if (upstream === undefined) return;
      this.observe?.(client);
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address !== null && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  /**
   * Like a host that stops answering: open connections are cut and new ones are accepted but
   * never forwarded (nothing is refused, nothing comes back) until `resume()`.
   */
  stall(): void {
    this.stalled = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  resume(): void {
    this.stalled = false;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  /** Stops listening (new connections are refused) and cuts every open connection. */
  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await closed;
  }
}
