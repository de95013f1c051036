import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config/config';

const PNPM_VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { packageManager: string }).packageManager.replace('pnpm@', '');

let dir: string;

function script(path: string, body: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
}

/** A `node` that answers only `--version`; anything else means ./keyward ran the old Node. */
function oldNode(binDir: string, version: string): void {
  script(join(binDir, 'node'), `[ "$1" = --version ] && { echo ${version}; exit 0; }\necho "old node ran: $*" >&2\nexit 97`);
}

/** What the registry would install into a prefix: a Node that logs each run (and is the test's Node 24), and pnpm. */
function toolchain(binDir: string): void {
  script(join(binDir, 'node'), `echo "$*" >> "${dir}/provisioned-node.log"\nexec "${process.execPath}" "$@"`);
  script(join(binDir, 'pnpm'), `[ "$1" = --version ] && { echo ${PNPM_VERSION}; exit 0; }\nexit 98`);
}

/** Stands in for npm: records the call and lays out the prefix as `npm install -g --prefix` would. No network. */
function fakeNpm(): string {
  const path = join(dir, 'fake-npm');
  const binDir = join(dir, 'npm-would-install', 'bin');
  toolchain(binDir);
  script(path, `echo "$*" >> "${dir}/npm.log"\nprefix="$4"\nmkdir -p "$prefix/bin"\ncp "${binDir}/node" "${binDir}/pnpm" "$prefix/bin/"`);
  return path;
}

function keyward(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(join(REPO_ROOT, 'keyward'), args, { cwd: dir, env: { HOME: join(dir, 'home'), ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const npmCalls = () => (existsSync(join(dir, 'npm.log')) ? readFileSync(join(dir, 'npm.log'), 'utf8').trim().split('\n') : []);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'keyward-toolchain-'));
  mkdirSync(join(dir, 'home'));
  oldNode(join(dir, 'old'), 'v18.20.0');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('./keyward toolchain check', () => {
  it('provisions Node 24 and the pinned pnpm into KEYWARD_TOOLS_DIR when the Node on PATH is older than engines, says so in one line, and uses it', () => {
    const tools = join(dir, 'tools');
    const result = keyward({ PATH: `${dir}/old:/usr/bin:/bin`, KEYWARD_TOOLS_DIR: tools, KEYWARD_NPM: fakeNpm() }, 'help');

    expect(result.stderr).toBe(`keyward: Node v18.20.0 is older than 22.17: installing node@24 pnpm@${PNPM_VERSION} from the npm registry into ${tools} (once)\n`);
    expect(result.status).toBe(0);
    expect(npmCalls()).toEqual([`install -g --prefix ${tools} --no-fund --no-audit --loglevel=error node@24 pnpm@${PNPM_VERSION}`]);
    expect(result.stdout).toContain(`Toolchain: Node ${process.version}, pnpm ${PNPM_VERSION} (${tools}/bin/node)`);
    expect(readFileSync(join(dir, 'provisioned-node.log'), 'utf8')).not.toBe('');
  });

  it('uses an already provisioned tools directory without installing again or saying anything', () => {
    const tools = join(dir, 'tools');
    const env = { PATH: `${dir}/old:/usr/bin:/bin`, KEYWARD_TOOLS_DIR: tools, KEYWARD_NPM: fakeNpm() };
    keyward(env, 'help');
    const again = keyward(env, 'help');

    expect(again.status).toBe(0);
    expect(again.stderr).toBe('');
    expect(npmCalls()).toHaveLength(1);
    expect(again.stdout).toContain(`(${tools}/bin/node)`);
  });

  it('provisions into ~/.keyward-tools when KEYWARD_TOOLS_DIR is not set', () => {
    const result = keyward({ PATH: `${dir}/old:/usr/bin:/bin`, KEYWARD_NPM: fakeNpm() }, 'help');

    expect(result.status).toBe(0);
    expect(npmCalls()).toEqual([`install -g --prefix ${dir}/home/.keyward-tools --no-fund --no-audit --loglevel=error node@24 pnpm@${PNPM_VERSION}`]);
    expect(result.stdout).toContain(`(${dir}/home/.keyward-tools/bin/node)`);
  });

  it('leaves a Node new enough and the pinned pnpm on PATH alone', () => {
    toolchain(join(dir, 'current'));
    const result = keyward({ PATH: `${dir}/current:${dir}/old:/usr/bin:/bin`, KEYWARD_TOOLS_DIR: join(dir, 'tools'), KEYWARD_NPM: fakeNpm() }, 'help');

    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(npmCalls()).toEqual([]);
    expect(result.stdout).toContain(`(${dir}/current/node)`);
  });

  it('names what to install when Node is too old and there is no npm to provision with', () => {
    const result = keyward({ PATH: `${dir}/old:/usr/bin:/bin`, KEYWARD_TOOLS_DIR: join(dir, 'tools'), KEYWARD_NPM: join(dir, 'no-such-npm') }, 'help');

    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`keyward: Node v18.20.0 is older than 22.17, and there is no npm to install node@24 pnpm@${PNPM_VERSION} with: install any Node >= 18 with npm (https://nodejs.org).\n`);
    expect(existsSync(join(dir, 'tools'))).toBe(false);
  });
});
