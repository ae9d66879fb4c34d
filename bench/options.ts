/**
 * The benchmark's knobs: flags win over environment variables, which win over defaults sized so that a full
 * run takes about three minutes on two cores. Bad flags answer one line and exit 2.
 */
import { Command, InvalidArgumentError, Option } from 'commander';

/** How long and how often to measure. */
export interface BenchOptions {
  readonly rounds: number;
  /** Seconds of each measured load. */
  readonly duration: number;
  /** Seconds of unmeasured load before each measured one (JIT warm-up). */
  readonly warmup: number;
  readonly coldRuns: number;
  /** Also time the mock started through tsx (for contrast; not how npm start runs). */
  readonly tsx: boolean;
  /** Exit 1 when a target is missed. */
  readonly check: boolean;
  /** Where to write the figures (besides bench/results/latest.json). */
  readonly out: string | undefined;
  /** Measure only the endpoint comparison (message/get next to message_session/get). */
  readonly endpointsOnly: boolean;
}

function number(min: number, max: number) {
  return (raw: string): number => {
    const value = /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
    if (!(value >= min && value <= max)) {
      throw new InvalidArgumentError(`expected a number from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
}

/** Parses `argv`; exits 2 with one line on a bad flag. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const program = new Command('bench')
    .description('Benchmark the mock against a bare node:http server and a bare Express 5 app.')
    .addOption(
      new Option('--rounds <n>', 'interleaved rounds per scenario (median reported)')
        .env('BENCH_ROUNDS')
        .default(3)
        .argParser(number(1, 50)),
    )
    .addOption(
      new Option('--duration <seconds>', 'measured seconds per load')
        .env('BENCH_DURATION')
        .default(2)
        .argParser(number(0.5, 600)),
    )
    .addOption(
      new Option('--warmup <seconds>', 'unmeasured seconds before each load')
        .env('BENCH_WARMUP')
        .default(0.5)
        .argParser(number(0, 60)),
    )
    .addOption(
      new Option('--cold-runs <n>', 'cold starts per server (median reported)')
        .env('BENCH_COLD_RUNS')
        .default(5)
        .argParser(number(1, 100)),
    )
    .option('--quick', 'one round of one second, three cold starts (a smoke run)')
    .option('--no-tsx', 'skip timing the mock through tsx')
    .option('--check', 'exit 1 when a target is missed')
    .option('--endpoints-only', 'measure only message/get next to message_session/get on the mock')
    .option('--out <file>', 'also write the figures to this file')
    .exitOverride()
    .configureOutput({
      writeErr: (text) => {
        const line = text.trim().split('\n')[0];
        if (line) process.stderr.write(`bench: ${line.replace(/^error: /, '')}\n`);
      },
    });
  try {
    program.parse([...argv]);
  } catch (error) {
    const code = (error as { code?: string }).code;
    process.exit(code === 'commander.helpDisplayed' ? 0 : 2);
  }
  const opts = program.opts<{
    rounds: number;
    duration: number;
    warmup: number;
    coldRuns: number;
    quick?: boolean;
    tsx: boolean;
    check?: boolean;
    out?: string;
    endpointsOnly?: boolean;
  }>();
  const quick = opts.quick === true;
  return {
    rounds: quick ? 1 : Math.round(opts.rounds),
    duration: quick ? 1 : opts.duration,
    warmup: quick ? 0.5 : opts.warmup,
    coldRuns: quick ? 3 : Math.round(opts.coldRuns),
    tsx: opts.tsx,
    check: opts.check === true,
    out: opts.out,
    endpointsOnly: opts.endpointsOnly === true,
  };
}
