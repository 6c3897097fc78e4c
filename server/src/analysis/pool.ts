import { Worker } from 'worker_threads';
import type { LintOptions } from '../engine';
import type { Lang } from '../rules/types';
import { FeatureRequest, isInteractive } from './answers';
import type { FromWorker, ToWorker, WarmedUp } from './messages';

/** The document as the server holds it now (its TextDocument). */
export interface HeldDocument {
  uri: string;
  version: number;
  languageId: string;
  getText(): string;
}

export type Outcome =
  | { kind: 'answer'; value: unknown; failures: FromWorker['failures'] }
  /** The document changed (or closed) before its turn came: the work was not done. */
  | { kind: 'stale' }
  | { kind: 'cancelled' }
  /** A feature threw, the worker stopped (out of memory, a crash) or took longer than allowed. */
  | { kind: 'failed'; error: string };

interface Job {
  uri?: string;
  interactive: boolean;
  message: (holder: Slot) => ToWorker | undefined;
  isCancelled: () => boolean;
  settle: (o: Outcome) => void;
}

interface Slot {
  worker: Worker;
  /** The version of each document this worker holds. */
  held: Map<string, number>;
  /** Documents whose work goes to this worker (their analyses are cached there). */
  assigned: Set<string>;
  queue: Job[];
  busy?: { job: Job; timer: NodeJS.Timeout };
  /** Set while the worker holds no draft and has no work: it stops when this fires. */
  idle?: NodeJS.Timeout;
  /** Started ahead of need and not yet warmed up: the time it spends warming up is not idle. */
  warming?: boolean;
}

export interface PoolOptions {
  script: string;
  /** Most workers at once; each large open draft gets its own until then. */
  maxWorkers: number;
  /** A job running longer than this stops its worker (a bug, or a draft no machine could check). */
  timeoutMs: number;
  /** Heap limit of each worker: running out stops that worker, not the server. */
  heapMb: number;
  /**
   * A worker that holds no draft and has had no work for this long stops, and gives back its
   * memory (a warm worker keeps some 60 MB; one that checked a large draft, far more).
   */
  idleMs: number;
  current: (uri: string) => HeldDocument | undefined;
  log: (message: string) => void;
  /** Told what is worth knowing but went right (a worker warmed up). */
  note: (message: string) => void;
}

/**
 * Analysis workers for large drafts: each large draft is pinned to a worker that keeps its text and
 * analysis, so that its checking never blocks the server's message loop (hover and completion on
 * other drafts are answered meanwhile), and two large drafts are checked side by side. Work waits
 * in the server's queue, one job per worker at a time, so a job made stale by a newer edit is
 * dropped before it starts.
 */
export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private nextId = 1;

  constructor(private readonly opts: PoolOptions) {}

  /** Answers `request` on the document's current version. */
  run(doc: HeldDocument, options: LintOptions, epoch: number, lang: Lang, request: FeatureRequest, isCancelled: () => boolean): Promise<Outcome> {
    const uri = doc.uri;
    const version = doc.version;
    return new Promise((settle) => {
      this.enqueue(this.slotFor(uri), {
        uri, interactive: isInteractive(request), isCancelled, settle,
        message: (slot) => {
          const now = this.opts.current(uri);
          if (!now || now.version !== version) return undefined;
          const text = slot.held.get(uri) === version ? undefined : now.getText();
          slot.held.set(uri, version);
          return { kind: 'answer', id: this.nextId++, doc: { uri, version, languageId: now.languageId, text }, epoch, options, lang, request };
        },
      });
    });
  }

  /** The workspace check of drafts that are not open, on the least busy worker. */
  checkTexts(files: Array<{ uri: string; text: string }>, options: LintOptions, epoch: number, lang: Lang): Promise<Outcome> {
    return new Promise((settle) => {
      this.enqueue(this.leastBusy(), {
        interactive: false, isCancelled: () => false, settle,
        message: () => ({ kind: 'checkTexts', id: this.nextId++, epoch, options, lang, files }),
      });
    });
  }

  /**
   * Starts a worker before any large draft needs one, warming up while idle, so that the first
   * analyses of a large draft opened later are not run cold (called when a draft is first opened;
   * a pool that already has a worker does nothing).
   */
  prewarm(): void {
    if (this.slots.length > 0) return;
    try {
      const slot = this.spawn();
      slot.warming = true;
      this.watchIdle(slot);
      slot.worker.postMessage({ kind: 'warmUp' } satisfies ToWorker);
    } catch (e) {
      // Only a head start is lost: a large draft starts its own worker, or is told why it cannot.
      this.opts.log(`jixiao: no analysis worker could be started ahead of need: ${(e as Error)?.message ?? e}`);
    }
  }

  /** A closed document: its worker lets it go; a worker left with none stops unless it is the last. */
  forget(uri: string): void {
    // A copy: stopping a worker takes it out of the list.
    for (const slot of [...this.slots]) {
      if (!slot.held.has(uri) && !slot.assigned.has(uri)) continue;
      slot.held.delete(uri);
      slot.assigned.delete(uri);
      slot.worker.postMessage({ kind: 'forget', uri } satisfies ToWorker);
      if (slot.assigned.size === 0 && !slot.busy && slot.queue.length === 0 && this.slots.length > 1) this.stop(slot, undefined, false);
      else this.watchIdle(slot);
    }
  }

  dispose(): void {
    for (const slot of [...this.slots]) this.stop(slot, undefined, false);
  }

  private slotFor(uri: string): Slot {
    const pinned = this.slots.find((s) => s.assigned.has(uri));
    if (pinned) return pinned;
    // A worker whose drafts were closed is warm (V8 has compiled the engine there): it takes the
    // next large draft before a new worker is started.
    const free = this.slots.find((s) => s.assigned.size === 0);
    const slot = free ?? (this.slots.length < this.opts.maxWorkers ? this.spawn() : this.leastBusy());
    slot.assigned.add(uri);
    // (A draft given to a worker still warming up: its idle time counts from when its drafts go.)
    slot.warming = false;
    this.watchIdle(slot);
    return slot;
  }

  private leastBusy(): Slot {
    if (this.slots.length === 0) return this.spawn();
    const load = (s: Slot) => s.queue.length + (s.busy ? 1 : 0) + s.assigned.size / 100;
    return this.slots.reduce((a, b) => (load(b) < load(a) ? b : a));
  }

  private spawn(): Slot {
    const worker = new Worker(this.opts.script, { resourceLimits: { maxOldGenerationSizeMb: this.opts.heapMb } });
    // An idle worker must not keep a server whose client has gone alive.
    worker.unref();
    const slot: Slot = { worker, held: new Map(), assigned: new Set(), queue: [] };
    worker.on('message', (m: FromWorker | WarmedUp) => {
      if ('warmedUpMs' in m) {
        this.opts.note(`jixiao: an analysis worker is ready for large drafts (warmed up in ${m.warmedUpMs} ms)`);
        slot.warming = false;
        this.watchIdle(slot);
      } else this.finished(slot, m);
    });
    worker.on('error', (e) => this.stop(slot, `the analysis worker failed: ${e?.message ?? e}`));
    worker.on('exit', (code) => this.stop(slot, `the analysis worker stopped (exit ${code})`));
    this.slots.push(slot);
    this.watchIdle(slot);
    return slot;
  }

  /** Arms the idle stop of a worker with no draft and no work; disarms it otherwise. */
  private watchIdle(slot: Slot): void {
    clearTimeout(slot.idle);
    slot.idle = undefined;
    // (A worker warming up ahead of need is idle from when it is warm: on a loaded machine its
    // warm-up alone could outlast a short idle time, and it would stop before it was ever ready.)
    if (slot.assigned.size > 0 || slot.busy || slot.queue.length > 0 || slot.warming) return;
    slot.idle = setTimeout(() => {
      if (slot.assigned.size > 0 || slot.busy || slot.queue.length > 0) return;
      this.stop(slot, undefined, false);
      this.opts.note(`jixiao: an analysis worker stopped after ${Math.round(this.opts.idleMs / 1000)} s without a large draft, to give back its memory`);
    }, this.opts.idleMs);
    slot.idle.unref();
  }

  private enqueue(slot: Slot, job: Job): void {
    // Hover, completion and fixes go before queued background checking.
    const at = job.interactive ? slot.queue.findIndex((j) => !j.interactive) : -1;
    if (at >= 0) slot.queue.splice(at, 0, job);
    else slot.queue.push(job);
    this.pump(slot);
  }

  private pump(slot: Slot): void {
    while (!slot.busy && slot.queue.length) {
      const job = slot.queue.shift()!;
      if (job.isCancelled()) {
        job.settle({ kind: 'cancelled' });
        continue;
      }
      const message = job.message(slot);
      if (!message) {
        job.settle({ kind: 'stale' });
        continue;
      }
      const timer = setTimeout(() => this.stop(slot, `checking took longer than ${this.opts.timeoutMs} ms`), this.opts.timeoutMs);
      slot.busy = { job, timer };
      this.watchIdle(slot);
      slot.worker.ref();
      slot.worker.postMessage(message);
    }
    if (!slot.busy) {
      slot.worker.unref();
      this.watchIdle(slot);
    }
  }

  private finished(slot: Slot, m: FromWorker): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = undefined;
    busy.job.settle(m.error !== undefined ? { kind: 'failed', error: m.error } : { kind: 'answer', value: m.value, failures: m.failures });
    this.pump(slot);
  }

  /**
   * A worker that stopped, failed or overran: its running job fails with the reason; queued work
   * goes to other workers (a new one if needed), which are sent the texts again.
   */
  private stop(slot: Slot, reason: string | undefined, requeue = true): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    clearTimeout(slot.idle);
    void slot.worker.terminate();
    if (reason) this.opts.log(`jixiao: ${reason}`);
    if (slot.busy) {
      clearTimeout(slot.busy.timer);
      slot.busy.job.settle({ kind: 'failed', error: reason ?? 'the analysis worker stopped' });
    }
    slot.busy = undefined;
    if (!requeue) {
      for (const job of slot.queue) job.settle({ kind: 'cancelled' });
      return;
    }
    for (const job of slot.queue) this.enqueue(job.uri ? this.slotFor(job.uri) : this.leastBusy(), job);
  }
}
