import { TcpProxy } from './tcp-proxy';

/** One statement a client sent, as PostgreSQL received it. */
export interface CountedStatement {
  /** `simple`: a Query message ('Q'); `extended`: an Execute ('E') of the statement last parsed ('P') on that connection. */
  protocol: 'simple' | 'extended';
  sql: string;
  /** The prepared statement's name when it was a named one (parsed once per connection, reused after), else null. */
  statement: string | null;
}

/**
 * A TCP proxy in front of PostgreSQL that reads the frontend protocol of every connection and
 * records each statement the server under test sends: every Query message and every Execute
 * (with the text of the Parse before it). Counting on the wire sees what PostgreSQL sees,
 * whatever the ORM or driver does (batched, prepared, raw or hidden statements).
 */
export class StatementCounter {
  private readonly statements: CountedStatement[] = [];
  private proxy: TcpProxy | null = null;

  static async start(targetHost: string, targetPort: number): Promise<StatementCounter> {
    const counter = new StatementCounter();
    counter.proxy = await TcpProxy.start(targetHost, targetPort, (client) => {
      const reader = new FrontendReader((statement) => counter.statements.push(statement));
      client.on('data', (chunk: Buffer) => reader.push(chunk));
    });
    return counter;
  }

  get port(): number {
    return this.proxy?.port ?? 0;
  }

  /** `databaseUrl` with its host and port replaced by the proxy's. */
  static throughProxy(databaseUrl: string, counter: StatementCounter): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(counter.port);
    return url.toString();
  }

  /** Runs `work` and returns the statements PostgreSQL received meanwhile. */
  async during(work: () => Promise<unknown>): Promise<CountedStatement[]> {
    this.statements.length = 0;
    await work();
    return this.statements.splice(0);
  }

  async close(): Promise<void> {
    await this.proxy?.close();
  }
}

/**
 * Splits one connection's client-to-server bytes into protocol messages. The first message (and an
 * SSLRequest before it) has no type byte; every later one is a type byte and an int32 length.
 * The server under test connects without TLS, so everything after start-up is readable.
 */
class FrontendReader {
  private buffer = Buffer.alloc(0);
  private startedUp = false;
  /** Prepared statements by name ('' = the unnamed one) and the statement each portal is bound to. */
  private readonly parsed = new Map<string, string>();
  private readonly portals = new Map<string, { sql: string; statement: string | null }>();

  constructor(private readonly record: (statement: CountedStatement) => void) {}

  push(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (!this.startedUp) {
        if (this.buffer.length < 8) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        // 80877103: SSLRequest, 80877104: GSSENCRequest — the real start-up message follows.
        if (code !== 80877103 && code !== 80877104) this.startedUp = true;
        continue;
      }
      if (this.buffer.length < 5) return;
      const type = String.fromCharCode(this.buffer[0] ?? 0);
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      const body = this.buffer.subarray(5, 1 + length);
      this.buffer = this.buffer.subarray(1 + length);
      this.message(type, body);
    }
  }

  private message(type: string, body: Buffer): void {
    if (type === 'Q') {
      this.record({ protocol: 'simple', sql: cString(body, 0), statement: null });
    } else if (type === 'P') {
      // Parse: statement name, query text (C strings), parameter types.
      const name = cString(body, 0);
      this.parsed.set(name, cString(body, Buffer.byteLength(name) + 1));
    } else if (type === 'B') {
      // Bind: portal name, statement name (C strings), parameters.
      const portal = cString(body, 0);
      const statement = cString(body, Buffer.byteLength(portal) + 1);
      this.portals.set(portal, { sql: this.parsed.get(statement) ?? '', statement: statement === '' ? null : statement });
    } else if (type === 'E') {
      const bound = this.portals.get(cString(body, 0));
      this.record({ protocol: 'extended', sql: bound?.sql ?? '', statement: bound?.statement ?? null });
    }
  }
}

function cString(body: Buffer, start: number): string {
  const end = body.indexOf(0, start);
  return body.toString('utf8', start, end === -1 ? body.length : end);
}
