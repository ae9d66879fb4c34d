/**
 * The servers under test, each its own process (never sharing the load generator's event loop): started the
 * way users start them, ready once they print their URL, measured through /proc/PID/status.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { once } from 'node:events';

/** How to start one server: the executable and its arguments. */
export interface ServerCommand {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
}

/** Resident memory of a process, in kB, from /proc. */
export interface MemoryFigures {
  /** Current resident set (VmRSS). */
  readonly rssKb: number;
  /** Peak resident set since start (VmHWM). */
  readonly peakKb: number;
}

/** Clock ticks per second of /proc/PID/stat's CPU times (getconf CLK_TCK; 100 on Linux). */
const CLOCK_TICKS = (() => {
  const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(answer.stdout?.trim());
  return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
})();

/** CPU time (user + system) `pid` has used so far, in ms; 10 ms resolution. */
export function readCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // fields after the command name, which is in parentheses and may hold spaces
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS;
}

/** A started server. */
export interface ServerProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  memory(): MemoryFigures;
  /** CPU time used so far, in ms. */
  cpuMs(): number;
  /** The last 2,000 characters the process wrote to stderr. */
  stderr(): string;
  stop(): Promise<void>;
}

const LISTENING = /listening on (http:\/\/\S+)/;

/** Reads VmRSS and VmHWM of `pid` (Linux only). */
export function readMemory(pid: number): MemoryFigures {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number => {
    const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] === undefined ? NaN : Number(match[1]);
  };
  return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
}

/** Starts `server` and resolves once it printed its URL; rejects if it exits or stays silent too long. */
export function startServer(server: ServerCommand, timeoutMs = 20_000): Promise<ServerProcess> {
  const child = spawn(server.command, [...server.args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let ready = false;
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-2_000);
  });
  const exited = once(child, 'exit');
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${server.name} printed no URL within ${timeoutMs} ms`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${server.name} exited (${code}) before listening: ${stderr.trim()}`));
    });
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      // after the URL, output (request logs, if any) is drained and dropped
      if (ready) return;
      stdout += text;
      const match = LISTENING.exec(stdout);
      if (!match?.[1] || child.pid === undefined) return;
      ready = true;
      stdout = '';
      clearTimeout(timer);
      const url = match[1];
      const pid = child.pid;
      resolve({
        name: server.name,
        url,
        pid,
        memory: () => readMemory(pid),
        cpuMs: () => readCpuMs(pid),
        stderr: () => stderr,
        stop,
      });
    });
  });
}
