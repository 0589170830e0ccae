import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * Real child processes for the ownership tests. Started as `node --import tsx FILE` (never
 * through npx, whose wrapper process would stand between a signal and the program).
 */

export const repo = resolve(__dirname, '../../..');
const tsx = import.meta.resolve('tsx');

export interface Child {
  proc: ChildProcess;
  out: () => string;
  err: () => string;
  /** Resolves with the first stdout line matching, rejects if the child ends first. */
  line(pattern: RegExp): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function start(file: string, args: string[], cwd = repo): Child {
  const env = { ...process.env };
  delete env.LINIMASA_DATA_DIR; // every call names its folder with --data-dir
  const proc = spawn(process.execPath, ['--import', tsx, file, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: {
    pattern: RegExp;
    resolve: (m: RegExpMatchArray) => void;
    reject: (e: Error) => void;
  }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      const match = out.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  proc.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    check();
  });
  proc.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    proc.on('exit', (code, signal) => {
      for (const waiter of waiters.splice(0))
        waiter.reject(
          new Error(`child ended (${code ?? signal}) before ${waiter.pattern}:\n${out}\n${err}`),
        );
      done({ code, signal });
    }),
  );
  return {
    proc,
    out: () => out,
    err: () => err,
    exited,
    line: (pattern) =>
      new Promise((resolveLine, reject) => {
        waiters.push({ pattern, resolve: resolveLine, reject });
        check();
      }),
  };
}

/** The real `npm run cli` program. */
export const cli = (args: string[]) => start(join(repo, 'src/main/cli/index.ts'), args);

/**
 * The real `npm run dev:web` program, run from a folder whose built renderer is "fresh" (a
 * placeholder index.html and no sources), so it starts without building anything.
 */
export async function host(root: string, dataDir: string): Promise<Child & HostTarget> {
  const cwd = join(root, 'host-cwd');
  mkdirSync(join(cwd, 'out', 'renderer'), { recursive: true });
  writeFileSync(
    join(cwd, 'out', 'renderer', 'index.html'),
    '<!doctype html><title>Linimasa</title>',
  );
  const child = start(join(repo, 'src/main/web/cli.ts'), ['--data-dir', dataDir], cwd);
  const [, url] = await child.line(/open in a browser: (\S+)/);
  const parsed = new URL(url!);
  const target: HostTarget = {
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    cookie: '',
  };
  target.cookie = await signInToHost(target);
  return { ...child, ...target };
}

interface HostTarget {
  origin: string;
  token: string;
  /** The session cookie of the office administrator, signed in as the renderer would. */
  cookie: string;
}

const hostAdmin = { userName: 'admin', password: 'jadwal humas aman' };

/** A new office creates its first administrator; a known one signs them in. */
async function signInToHost(target: HostTarget): Promise<string> {
  const status = await callHost<{ state: string }>(target, 'auth.status', {});
  const method = status.state === 'new' ? 'auth.setup' : 'auth.signIn';
  const request = status.state === 'new' ? { name: 'Admin Humas', ...hostAdmin } : hostAdmin;
  const response = await post(target, method, request);
  if (!response.ok) throw new Error(`${method}: ${response.status}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('linimasa_signin='));
  if (!cookie) throw new Error(`${method}: no session cookie`);
  return cookie.split(';')[0]!;
}

function post(target: HostTarget, method: string, request: unknown): Promise<Response> {
  return fetch(`${target.origin}/api/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-linimasa-token': target.token,
      ...(target.cookie && { cookie: target.cookie }),
    },
    body: JSON.stringify(request),
  });
}

/** One API call to a running host, as the renderer makes it. */
export async function callHost<T>(
  target: HostTarget,
  method: string,
  request: unknown,
): Promise<T> {
  const response = await post(target, method, request);
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

/** Polls a condition without fixed sleeps longer than a tick. */
export async function until<T>(
  probe: () => Promise<T | null> | T | null,
  timeoutMs = 180_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}
