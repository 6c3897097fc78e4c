import type { MessagePort } from 'worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, LintOptions } from '../engine';
import { Analyses } from '../features/analysis';
import { answer, checkTexts } from './answers';
import type { FromWorker, ToWorker } from './messages';

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
  const warmUp = new WarmUp();
  port.on('message', (m: ToWorker) => {
    warmUp.pause();
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
 * for it. So while the worker is idle after an answer, it checks slices of the draft it was asked
 * about, 10,000 characters at a time (some 20 ms cold), until 40 have run; measured, the next
 * analyses of the whole draft then take 25–30 ms from the first. Slices are checked between
 * messages only: a request that comes in waits for one slice at most. Their results are dropped.
 */
const WARM_UP_SLICE = 10_000;
const WARM_UP_SLICES = 40;

class WarmUp {
  private done = 0;
  private next: NodeJS.Immediate | undefined;

  pause(): void {
    if (this.next) clearImmediate(this.next);
    this.next = undefined;
  }

  resumeOn(text: string, options: LintOptions): void {
    if (this.done >= WARM_UP_SLICES || text.length < 2 * WARM_UP_SLICE) return;
    const step = () => {
      const start = (this.done * WARM_UP_SLICE) % (text.length - WARM_UP_SLICE);
      try {
        lint(text.slice(start, start + WARM_UP_SLICE), options);
      } catch {
        // The same text was just analysed whole; a failure here has already been reported.
      }
      this.done++;
      this.next = this.done < WARM_UP_SLICES ? setImmediate(step) : undefined;
    };
    this.pause();
    this.next = setImmediate(step);
  }
}
