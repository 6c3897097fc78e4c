import * as fs from 'fs';
import * as path from 'path';
import type { Worker } from 'worker_threads';
import type { CheckIo, Checked } from './check';
import type { Plan } from './plan';
import { checkRecorded, Done, drain, FINISHED, Printed, Queue, WORKER_FLAG, WorkerData } from './worker';

/**
 * A folder checked by several threads: the main thread and `threads - 1` workers started from this
 * same bundle. The output — stdout, stderr, exit status, files written — is exactly the serial
 * run's: every file's record and what its check printed come back to the main thread, which
 * prints them in the files' order once all are in.
 */

/** Fewer files than this are checked serially, whatever was asked: a worker would cost more than it saves. */
export const PARALLEL_MIN_FILES = 8;
/** Each thread should have a few files at least. */
const FILES_PER_THREAD = 4;
/**
 * Unless the threads are asked for, each one needs this much to read: a worker takes some 80 ms to
 * start and warms up its own compiled code, so on two processors a second thread pays off from
 * about 450 KB of drafts (some 45 of 10 KB: 32 drafts were 10 ms slower with it, 64 drafts 30 ms
 * faster, 205 drafts 170 ms faster).
 */
const BYTES_PER_THREAD = 256 * 1024;

/**
 * Files that only the main thread may check, in their order: standard input; old Word files (one
 * LibreOffice at a time); and files whose writes would meet — two names of one file under
 * `--fix`, two Word drafts of one name under `--annotate` — so they are written in the serial order.
 */
function mainOnly(plan: Plan): boolean[] {
  const { files, args } = plan;
  const pinned = files.map((f) => f === '-' || /\.(doc|wps)$/i.test(f));
  const pinGroups = (keyOf: (f: string) => string | undefined) => {
    const groups = new Map<string, number[]>();
    files.forEach((f, i) => {
      const key = keyOf(f);
      if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    for (const group of groups.values()) if (group.length > 1) for (const i of group) pinned[i] = true;
  };
  if (args.fix === 'write') pinGroups((f) => realpathOrSelf(f));
  if (args.annotate) pinGroups((f) => (/\.docx$/i.test(f) ? path.basename(f) : undefined));
  return pinned;
}

function realpathOrSelf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    return file;
  }
}

/** A file's size in bytes; 0 for a file that cannot be read (it fails later, where it is said). */
export function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

export interface Dealt {
  queue: Queue;
  /** The plan's index of each queued file. */
  order: number[];
  /** The plan's indices of the files kept for the main thread, in order. */
  pinned: number[];
  /** The queued files' bytes. */
  bytes: number;
}

/** The shared queue (largest first, so the threads finish together) and the files kept for the main thread. */
export function deal(plan: Plan): Dealt {
  const main = mainOnly(plan);
  const pinned = plan.files.map((_, i) => i).filter((i) => main[i]);
  const sizes = plan.files.map((f, i) => (main[i] ? 0 : sizeOf(f)));
  const order = plan.files.map((_, i) => i).filter((i) => !main[i]).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const queue: Queue = {
    files: order.map((i) => plan.files[i]),
    inFolder: order.map((i) => plan.inFolder.has(plan.files[i])),
    next: new Int32Array(new SharedArrayBuffer(4)),
  };
  return { queue, order, pinned, bytes: sizes.reduce((a, b) => a + b, 0) };
}

/**
 * How many threads check the queue, the main one included: as many as asked (`--jobs`,
 * `JIXIAO_JOBS`), else one per processor and per 256 KB of drafts; never more than a thread per
 * few files.
 */
export function threadsFor(dealt: Dealt, asked: number | undefined, processors: number): number {
  const byFiles = Math.ceil(dealt.queue.files.length / FILES_PER_THREAD);
  const wanted = asked ?? Math.min(processors, Math.floor(dealt.bytes / BYTES_PER_THREAD));
  return Math.max(1, Math.min(wanted, byFiles));
}

interface Ended {
  error?: Error;
  code: number;
}

/**
 * Starts a worker; its results go to `done`, and the promise says how it ended: finished, or dead.
 * A worker that cannot be started at all ends at once: the main thread takes its share.
 */
function startWorker(script: string, data: WorkerData, done: (d: Done) => void): Promise<Ended> {
  const { Worker } = require('worker_threads') as typeof import('worker_threads');
  let worker: Worker;
  try {
    worker = new Worker(script, { argv: [WORKER_FLAG], workerData: data });
  } catch {
    return Promise.resolve({ code: 0 });
  }
  return new Promise<Ended>((resolve) => {
    let error: Error | undefined;
    worker.on('message', (m: Done | typeof FINISHED) => (m === FINISHED ? resolve({ code: 0 }) : done(m)));
    worker.on('error', (e) => (error = e));
    worker.on('exit', (code) => resolve({ error, code }));
  });
}

export interface CheckedAll {
  checked: Checked[];
  status: number;
}

/** The plan's files checked by `threads` threads; what each printed is printed here in their order. */
export async function checkInParallel(plan: Plan, dealt: Dealt, threads: number, argv: string[], io: CheckIo, script: string): Promise<CheckedAll> {
  const { queue, order, pinned } = dealt;
  const results: Array<{ checked: Checked; printed: Printed } | undefined> = new Array(plan.files.length);
  const done = (d: Done) => (results[order[d.index]] = d);
  const started = Array.from({ length: threads - 1 }, () => startWorker(script, { argv, queue }, done));
  for (const i of pinned) results[i] = checkRecorded(plan.files[i], plan.args, plan.options, plan.inFolder.has(plan.files[i]), io.stdin);
  drain(queue, plan.args, plan.options, done);
  const ends = await Promise.all(started);
  const failed = ends.find((e) => e.error || e.code !== 0);
  let status = 0;
  // (A plain count: reduce and filter would skip the holes, which are what is counted.)
  let lost = 0;
  for (let i = 0; i < results.length; i++) if (!results[i]) lost++;
  if (failed || lost) {
    // A worker that died may have taken files without sending them back: they are checked here.
    const why = failed?.error?.message ?? `exit code ${failed?.code ?? 0}`;
    io.stderr(`jixiao-lint: a worker thread failed (${why})${lost ? `; the ${lost} file(s) it had taken are checked in the main thread` : ''}\n`);
    status = 2;
    for (let i = 0; i < results.length; i++) {
      results[i] ??= checkRecorded(plan.files[i], plan.args, plan.options, plan.inFolder.has(plan.files[i]), io.stdin);
    }
  }
  const checked: Checked[] = [];
  for (const r of results) {
    for (const [stream, s] of r!.printed) (stream === 0 ? io.stdout : io.stderr)(s);
    checked.push(r!.checked);
  }
  return { checked, status };
}
