#!/usr/bin/env node
import * as fs from 'fs';
import { availableParallelism } from 'os';
import { checkFile, CheckIo, Checked } from './cli/check';
import { checkInParallel, CheckedAll, deal, PARALLEL_MIN_FILES, sizeOf, threadsFor } from './cli/parallel';
import { Plan, prepare, report } from './cli/plan';
import { WORKER_FLAG, workerMain } from './cli/worker';

export type CliIo = CheckIo;

/** Each file in turn, in the main thread: what `--jobs 1` does, and any run of a few files. */
function checkSerially(plan: Plan, io: CliIo): CheckedAll {
  const checked: Checked[] = [];
  for (const file of plan.files) checked.push(checkFile(file, plan.args, plan.options, io, plan.inFolder.has(file)));
  return { checked, status: 0 };
}

/** The report printed and the exit status: the worst of the files', 2 for a missing input. */
function finish(plan: Plan, all: CheckedAll, io: CliIo): number {
  io.stdout(report(plan.args, all.checked.map((c) => c.record)));
  return all.checked.reduce((s, c) => Math.max(s, c.status), Math.max(plan.status, all.status));
}

/** The command line on the same engine as the language server, in this thread. Returns the exit status. */
export function runCli(argv: string[], io: CliIo): number {
  const plan = prepare(argv, io);
  if (typeof plan === 'number') return plan;
  return finish(plan, checkSerially(plan, io), io);
}

/**
 * The command line as `jixiao-lint` runs it: a folder's files checked by as many threads as
 * `--jobs` asks (by default one per processor, if there is enough to check), the output the same
 * as `runCli`'s.
 */
export async function runCliParallel(argv: string[], io: CliIo, script: string = __filename, beforeChecking?: (plan: Plan) => void): Promise<number> {
  const plan = prepare(argv, io);
  if (typeof plan === 'number') return plan;
  beforeChecking?.(plan);
  const dealt = plan.files.length >= PARALLEL_MIN_FILES && plan.args.jobs !== 1 ? deal(plan) : undefined;
  const threads = dealt ? threadsFor(dealt, plan.args.jobs, availableParallelism()) : 1;
  const all = threads > 1 ? await checkInParallel(plan, dealt!, threads, argv, io, script) : checkSerially(plan, io);
  return finish(plan, all, io);
}

/**
 * V8 compiles a function with its optimizing compiler (TurboFan) once the function has run enough:
 * on this engine's large functions that compiling costs more CPU than a run of a few hundred drafts
 * gains from it, and each worker thread pays it again. Asking for 16 times as much running first
 * keeps it for the functions that are hot in a long run. Measured on 205 drafts with two threads:
 * 0.40 s instead of 0.86 s; on 1,025 drafts also faster. A single large file is the other way
 * round: its per-line functions run millions of times in one check, and compiling them early pays
 * (5 MB in one line 1.69 s instead of 1.96 s, a 5 MB table 1.73 s instead of 2.07 s), so the
 * budget is left as it is when any file is 1 MB or more. The flag is process-wide, so it holds
 * for the workers too; it changes how fast, never what is printed. Set once there are files to
 * check: loading node:v8 would slow `--version` by a few milliseconds.
 */
const LARGE_FILE_BYTES = 1024 * 1024;

function tuneCompiler(plan: Plan): void {
  const large = plan.files.some((f) => f !== '-' && sizeOf(f) >= LARGE_FILE_BYTES);
  if (!large) (require('v8') as typeof import('v8')).setFlagsFromString(`--interrupt-budget=${16 * 66 * 1024}`);
}

if (require.main === module) {
  // A worker thread runs this same bundle, marked by its argv; only then is worker_threads loaded.
  if (process.argv.includes(WORKER_FLAG) && !(require('worker_threads') as typeof import('worker_threads')).isMainThread) workerMain();
  else {
    const chunks: string[] = [];
    void runCliParallel(process.argv.slice(2), {
      stdout: (s) => chunks.push(s),
      stderr: (s) => process.stderr.write(s),
      stdin: () => fs.readFileSync(0),
    }, __filename, tuneCompiler).then((code) => process.stdout.write(chunks.join(''), () => process.exit(code)));
  }
}
