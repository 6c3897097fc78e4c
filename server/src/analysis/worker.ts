import type { MessagePort } from 'worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, LintOptions } from '../engine';
import { Analyses } from '../features/analysis';
import { diagnosticsOf } from '../features/diagnostics';
import { answer, checkTexts } from './answers';
import type { FromWorker, ToWorker, WarmedUp } from './messages';
import { warmUpDraft } from './warm-up-draft';

/**
 * The analysis worker's side: it holds the documents it was sent and one analysis per version, and
 * answers one request at a time (the server queues, so that it can drop work made stale by typing).
 */
export function serveAnalyses(port: MessagePort): void {
  const documents = new Map<string, TextDocument>();
  // One options object per epoch, so that the analysis cache, keyed by identity, holds.
  const optionsByEpoch = new Map<number, LintOptions>();
  const analyses = new Analyses();
  const optionsFor = (epoch: number, sent: LintOptions): LintOptions => {
    const known = optionsByEpoch.get(epoch);
    if (known) return known;
    optionsByEpoch.set(epoch, sent);
    // Settings change rarely; the oldest epochs are never asked for again.
    if (optionsByEpoch.size > 32) optionsByEpoch.delete(optionsByEpoch.keys().next().value as number);
    return sent;
  };
  const warmUp = new WarmUp((ms) => port.postMessage({ warmedUpMs: ms } satisfies WarmedUp));
  port.on('message', (m: ToWorker) => {
    warmUp.pause();
    if (m.kind === 'warmUp') {
      warmUp.startOnMadeUpDrafts();
      return;
    }
    // Fault drill (tests): a worker that dies mid-request must not take the server with it.
    if (process.env.JIXIAO_FAULT === 'analysis-worker') process.exit(3);
    if (m.kind === 'forget') {
      documents.delete(m.uri);
      analyses.forget(m.uri);
      return;
    }
    const reply: FromWorker = { id: m.id, failures: [] };
    try {
      const options = optionsFor(m.epoch, m.options);
      if (m.kind === 'checkTexts') reply.value = checkTexts(m.files, options, m.lang);
      else {
        let doc = documents.get(m.doc.uri);
        if (m.doc.text !== undefined) {
          doc = TextDocument.create(m.doc.uri, m.doc.languageId, m.doc.version, m.doc.text);
          documents.set(m.doc.uri, doc);
        }
        if (!doc || doc.version !== m.doc.version) throw new Error(`analysis worker: ${m.doc.uri} version ${m.doc.version} was never sent`);
        const result = analyses.get(doc, options);
        reply.failures = result.failures;
        reply.value = answer(m.request, doc, result, m.lang);
        warmUp.resumeOn(doc.getText(), options);
      }
    } catch (e) {
      reply.error = String((e as Error)?.stack ?? e);
    }
    port.postMessage(reply);
  });
}

/**
 * A fresh worker runs the engine cold: its first analyses of a 300 KB draft take 100–150 ms, against
 * some 25 ms once V8 has compiled the hot functions, and the first keystrokes in a large draft pay
 * for it. So a worker warms up while idle, one step at a time between messages (a request that
 * comes in waits for one step at most), until 40 steps have run; their results are dropped.
 * - A worker started ahead of need (`warmUp`) checks made-up drafts of some 13,000 characters and
 *   makes their diagnostics. Measured: after 40 of them (about 0.55 s), the first nine analyses of
 *   a 300 KB draft took 20–27 ms each, against 126/114/96/57/26… ms in a cold thread.
 * - A worker that answered for a large draft first checks slices of that draft, 10,000 characters
 *   at a time (some 20 ms cold): the next analyses of the whole draft then take 25–30 ms.
 */
const WARM_UP_SLICE = 10_000;
const WARM_UP_STEPS = 40;

class WarmUp {
  private done = 0;
  private next: NodeJS.Immediate | undefined;
  /** When the warm-up on made-up drafts began: it says when it is done. */
  private madeUpSince: number | undefined;

  constructor(private readonly warmedUp: (ms: number) => void) {}

  pause(): void {
    if (this.next) clearImmediate(this.next);
    this.next = undefined;
  }

  startOnMadeUpDrafts(): void {
    this.madeUpSince ??= Date.now();
    this.run((step) => diagnosticsOf(lint(warmUpDraft(step), {}), 'untitled:warm-up', step, 'zh'));
  }

  /** After an answer: slices of a large draft, or the made-up drafts again if they were begun. */
  resumeOn(text: string, options: LintOptions): void {
    if (text.length >= 2 * WARM_UP_SLICE) {
      this.run((step) => {
        const start = (step * WARM_UP_SLICE) % (text.length - WARM_UP_SLICE);
        lint(text.slice(start, start + WARM_UP_SLICE), options);
      });
    } else if (this.madeUpSince !== undefined) this.startOnMadeUpDrafts();
  }

  private run(work: (step: number) => void): void {
    this.pause();
    if (this.done >= WARM_UP_STEPS) return;
    const step = () => {
      try {
        work(this.done);
      } catch {
        // A made-up draft, or a slice of a draft just analysed whole (its failure already reported).
      }
      this.done++;
      this.next = this.done < WARM_UP_STEPS ? setImmediate(step) : undefined;
      if (!this.next && this.madeUpSince !== undefined) this.warmedUp(Date.now() - this.madeUpSince);
    };
    this.next = setImmediate(step);
  }
}
