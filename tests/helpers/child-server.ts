import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ServerBundle } from './server-bundle.ts';

// TEST ONLY: the real `cli.ts serve` in a child process, for fault tests that kill or stop it.
// Started from a bundle of the same source (server-bundle.ts): a start through tsx takes twice as long.
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type ChildServer = {
  base: string;
  /** Resolves when the child's log has a line matching `pattern` (the log so far counts too). */
  waitForLog: (pattern: RegExp, ms?: number) => Promise<void>;
  /** Resolves with the exit code and signal once the child has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  child: ChildProcess;
};

/** Starts the bundle's `serve` on a free port of 127.0.0.1 and waits until it listens. */
export async function startChildServer(bundle: ServerBundle, env: Record<string, string>): Promise<ChildServer> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['DATABASE_URL', 'DATA_DIR', 'PPS_TEST_PAUSE_IN', 'PPS_TEST_PAUSE_MS'].includes(k)));
  const child = spawn(process.execPath, [bundle.entry, 'serve'], {
    cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...clean, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SEED_DEMO: 'false', NODE_ENV: 'test', ...env },
  });
  let log = '';
  const listeners = new Set<() => void>();
  const take = (chunk: Buffer) => { log += chunk.toString(); for (const l of listeners) l(); };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const waitForLog = (pattern: RegExp, ms = 45_000) => new Promise<void>((resolve, reject) => {
    const check = () => { if (pattern.test(log)) { listeners.delete(check); clearTimeout(timer); resolve(); } };
    const timer = setTimeout(() => { listeners.delete(check); reject(new Error(`no ${pattern} in the child's log:\n${log.slice(-2000)}`)); }, ms);
    void exited.then(() => setTimeout(() => { if (listeners.has(check)) { listeners.delete(check); clearTimeout(timer); reject(new Error(`child ended without ${pattern}:\n${log.slice(-2000)}`)); } }, 50));
    listeners.add(check);
    check();
  });
  await waitForLog(/listens on http:\/\/localhost:\d+/);
  const port = /listens on http:\/\/localhost:(\d+)/.exec(log)![1];
  return { base: `http://127.0.0.1:${port}`, waitForLog, exited, child };
}

/** Ends a child still running (after a failed test), so no process outlives the suite. */
export async function stopChild(server: ChildServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGKILL');
  await server.exited;
}
