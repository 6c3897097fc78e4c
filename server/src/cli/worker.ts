import type { LintOptions } from '../engine';
import { CliArgs, parseArgs } from './args';
import { Checked, checkFile } from './check';
import { optionsOf } from './plan';

/**
 * The files of a folder shared out among threads. Each thread — the main one and every worker —
 * takes the next file from one queue by adding 1 to a shared counter, so a thread that drew small
 * files simply takes more of them; the queue is ordered largest first, so the last files taken are
 * small and the threads finish together. What a file's check prints is recorded, not printed, and
 * sent back with its record: the main thread prints it all in the files' own order.
 */

/** Given to a worker as `argv`, so that the bundle knows it is a worker without loading worker_threads at every start. */
export const WORKER_FLAG = '--jixiao-worker-thread';

export interface Queue {
  files: string[];
  /** Found by searching a folder (a text file there is checked only if it reads as a report). */
  inFolder: boolean[];
  /** `[0]`: the next queue index to take; shared by all threads. */
  next: Int32Array;
}

/** What a check printed, in order: 0 for stdout, 1 for stderr. */
export type Printed = Array<[0 | 1, string]>;

export interface Done {
  /** The file's index in the queue. */
  index: number;
  checked: Checked;
  printed: Printed;
}

/** A worker's last message: every file it took has been sent. */
export const FINISHED = 'finished';

export interface WorkerData {
  argv: string[];
  queue: Queue;
}

/** Checks one file with what it prints recorded. */
export function checkRecorded(file: string, args: CliArgs, options: LintOptions, inFolder: boolean, stdin: () => Buffer): { checked: Checked; printed: Printed } {
  const printed: Printed = [];
  const io = { stdout: (s: string) => printed.push([0, s]), stderr: (s: string) => printed.push([1, s]), stdin };
  return { checked: checkFile(file, args, options, io, inFolder), printed };
}

/** Takes files from the queue until it is empty, handing each result to `done` as soon as it is made. */
export function drain(queue: Queue, args: CliArgs, options: LintOptions, done: (d: Done) => void): void {
  const noStdin = (): Buffer => {
    throw new Error('standard input is read by the main thread only');
  };
  for (;;) {
    const index = Atomics.add(queue.next, 0, 1);
    if (index >= queue.files.length) return;
    done({ index, ...checkRecorded(queue.files[index], args, options, queue.inFolder[index], noStdin) });
  }
}

/** A worker thread's whole life: the main thread's arguments read again, then its share of the queue. */
export function workerMain(): void {
  const { parentPort, workerData } = require('worker_threads') as typeof import('worker_threads');
  const data = workerData as WorkerData;
  // The main thread has read the same arguments and outline file without error.
  const args = parseArgs(data.argv);
  const { options } = optionsOf(args);
  // Fault drill (`JIXIAO_FAULT=worker`): the worker dies holding a file (when one is left to take),
  // which must not be lost.
  if (process.env.JIXIAO_FAULT === 'worker') {
    Atomics.add(data.queue.next, 0, 1);
    throw new Error('JIXIAO_FAULT: a worker thread made to fail');
  }
  drain(data.queue, args, options!, (d) => parentPort!.postMessage(d));
  // Said before the thread is torn down, which takes a while and need not be waited for.
  parentPort!.postMessage(FINISHED);
}
