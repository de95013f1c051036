/**
 * What the benchmarks do through the public API, the way an admin or an integrator would: sign in,
 * raise the organization's rate-limit ceiling, create, revoke and suspend keys.
 */

export const BENCH_ADMIN = { email: 'bench@keyward.test', password: 'Bench-Password-1' };

/** The query every authentication benchmark sends: cheap, and answered the same to everybody. */
export const SETUP_STATUS = '{ setupStatus { needsFirstAdmin } }';

export interface GraphQLAnswer {
  res: Response;
  data: Record<string, unknown>;
}

/** One GraphQL request; throws on GraphQL errors. */
export async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLAnswer> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${body.errors[0]?.message ?? 'error'}`);
  return { res, data: body.data ?? {} };
}

/** An admin signed in over HTTP; the bootstrap admin appears just after the server listens, so it retries briefly. */
export class BenchAdmin {
  private memberRole: Promise<string> | undefined;

  private constructor(
    readonly url: string,
    readonly cookie: string,
  ) {}

  static async signIn(url: string, admin = BENCH_ADMIN): Promise<BenchAdmin> {
    const query = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }';
    for (let attempt = 0; ; attempt += 1) {
      try {
        const { res } = await graphql(url, query, { e: admin.email, p: admin.password });
        const cookie = (res.headers.getSetCookie().find((c) => c.startsWith('keyward_session=')) ?? '').split(';')[0] ?? '';
        if (cookie === '') throw new Error('signIn set no session cookie');
        return new BenchAdmin(url, cookie);
      } catch (error) {
        if (attempt >= 40) throw error;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  }

  /** The same session, sent to another instance of the same deployment. */
  on(url: string): BenchAdmin {
    return new BenchAdmin(url, this.cookie);
  }

  request(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer> {
    return graphql(this.url, query, variables, { cookie: this.cookie });
  }

  /** Lifts the organization's ceiling so keys can be given budgets that never get in the way. */
  async raiseCeiling(perMinute = 1_000_000, perHour = 1_000_000): Promise<void> {
    await this.request('mutation($input: UpdateOrganizationSettingsInput!) { updateOrganizationSettings(input: $input) { id } }', {
      input: { rateLimitCeiling: { perMinute, perHour } },
    });
  }

  async roleId(name: string): Promise<string> {
    const { data } = await this.request('{ roles { id name } }');
    const role = (data.roles as { id: string; name: string }[]).find((r) => r.name === name);
    if (!role) throw new Error(`no role named ${name}`);
    return role.id;
  }

  /** A Member key with its own budget (default: effectively unlimited, under a raised ceiling). */
  async createKey(name: string, rateLimit = { perMinute: 1_000_000, perHour: 1_000_000 }): Promise<{ id: string; token: string }> {
    this.memberRole ??= this.roleId('Member');
    const member = await this.memberRole;
    const { data } = await this.request('mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { token apiKey { id } } }', {
      input: { name, roleIds: [member], rateLimit },
    });
    const created = data.createApiKey as { token: string; apiKey: { id: string } };
    return { id: created.apiKey.id, token: created.token };
  }

  async revokeKey(id: string): Promise<void> {
    await this.request('mutation($id: ID!) { revokeApiKey(id: $id) { status } }', { id });
  }

  async suspendKey(id: string): Promise<void> {
    await this.request('mutation($id: ID!) { suspendApiKey(id: $id) { status } }', { id });
  }
}

/** SETUP_STATUS sent with a key, the way an integrator would; only the HTTP status matters. */
export async function keyedStatus(url: string, token: string): Promise<number> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': token },
    body: JSON.stringify({ query: SETUP_STATUS }),
  });
  await res.arrayBuffer();
  return res.status;
}

/** Fails loudly when a request meant to use a key did not (no RateLimit headers means no key was charged). */
export async function assertKeyAccepted(url: string, token: string): Promise<void> {
  const { res } = await graphql(url, SETUP_STATUS, {}, { 'x-api-key': token });
  if (res.status !== 200 || res.headers.get('ratelimit-limit') === null) throw new Error('the key was not used for the check request');
}
