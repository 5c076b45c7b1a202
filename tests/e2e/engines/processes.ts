/**
 * The helper processes the Firefox and WebKit runs need: an X server (both draw WebGL through it), a
 * PulseAudio null sink (without a sound server Firefox's AudioContext never resumes) and WebKitWebDriver.
 * Each runs on a free display, socket or port, so parallel runs and a developer's desktop never clash.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Helper {
  /** Stops the process and removes its files; safe to call twice. */
  stop(): Promise<void>;
}

const INSTALL = 'install the browsers: bash tools/ensure-browsers.sh';

/** Fails loudly, naming the package, when a program the engines need is not installed. */
export function requireProgram(path: string, what: string): string {
  if (!existsSync(path)) throw new Error(`${what} is not installed at ${path}; ${INSTALL}`);
  return path;
}

/** A TCP port nothing listens on now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Resolves when `ready` is true, or rejects with `what` and the process's output once `timeout` ms pass or it exits. */
async function waitReady(child: ChildProcess, what: string, output: () => string, ready: () => Promise<boolean>, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`${what} was not ready after ${timeout} ms:\n${output()}`);
}

/** Starts `command`, keeping its last output for error messages; stop() ends it by its own pid. */
function launch(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await gone;
    clearTimeout(timer);
  };
  return { child, output: () => log, stop };
}

/** An X server on the first free display (Xvfb picks it and reports it on a pipe). */
export async function startXvfb(): Promise<Helper & { display: string }> {
  requireProgram('/usr/bin/Xvfb', 'Xvfb (package xvfb)');
  const child = spawn('/usr/bin/Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (c: Buffer) => (log = (log + c.toString()).slice(-4000)));
  let number = '';
  (child.stdio[3] as NodeJS.ReadableStream).on('data', (c: Buffer) => (number += c.toString()));
  await waitReady(child, 'Xvfb', () => log, async () => number.includes('\n'));
  return {
    display: `:${number.trim()}`,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
    },
  };
}

/** A private PulseAudio with one null sink, reachable at `server` (the value for PULSE_SERVER). */
export async function startPulse(): Promise<Helper & { server: string }> {
  requireProgram('/usr/bin/pulseaudio', 'PulseAudio (package pulseaudio)');
  const dir = mkdtempSync(join(tmpdir(), 'awry-pulse-'));
  const socket = join(dir, 'native');
  const env = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: dir };
  const p = launch('/usr/bin/pulseaudio', [
    '-n', // no default.pa: only the modules below
    '--daemonize=no', '--exit-idle-time=-1', '--use-pid-file=no', '--system=no', '--disable-shm=yes',
    '--load=module-null-sink sink_name=awry',
    `--load=module-native-protocol-unix auth-anonymous=1 socket=${socket}`,
  ], env);
  await waitReady(p.child, 'PulseAudio', p.output, async () => existsSync(socket));
  return {
    server: `unix:${socket}`,
    stop: async () => {
      await p.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** WebKitWebDriver's path, failing loudly when it is not installed. */
export const requireWebKitDriver = (): string => requireProgram('/usr/bin/WebKitWebDriver', 'WebKitWebDriver (package webkit2gtk-driver)');

/** WebKitWebDriver on a free port; the MiniBrowsers it starts inherit `env` (the display, the sound server). */
export async function startWebKitDriver(env: NodeJS.ProcessEnv): Promise<Helper & { url: string }> {
  const binary = requireWebKitDriver();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const p = launch(binary, [`--port=${port}`], env);
  await waitReady(p.child, 'WebKitWebDriver', p.output, async () => {
    try {
      return (await fetch(`${url}/status`)).ok;
    } catch {
      return false; // not listening yet
    }
  });
  return { url, stop: p.stop };
}
