/** Spawning the built binary in tests, with stdout and stderr piped (not terminals) and no colour variables. */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/congvan.js', import.meta.url));

export interface RunOptions {
  cwd?: string;
  input?: Uint8Array;
  env?: Record<string, string>;
}

function environment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  if (!('FORCE_COLOR' in extra)) delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return env;
}

export function congvan(args: readonly string[], options: RunOptions = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: environment(options.env),
    input: options.input ?? new Uint8Array(),
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the binary without waiting for it, for tests that signal it. */
export function startCongvan(args: readonly string[], options: RunOptions = {}) {
  const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, env: environment(options.env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, exited };
}

/** Running as root, a file without read permission can still be read. */
export const isRoot = process.getuid?.() === 0;

/**
 * How to run the binary as a user without privileges, so that permissions are enforced: directly when the
 * tests do not run as root, through setpriv as nobody when they do (null when neither works).
 */
export function unprivileged(): ((args: readonly string[], cwd: string) => ReturnType<typeof congvan>) | null {
  if (!isRoot) return (args, cwd) => congvan(args, { cwd });
  const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, '--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  return (args, cwd) => {
    const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args], {
      cwd,
      env: environment(),
      encoding: 'utf8',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}
