import type { MessagePort } from 'worker_threads';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { LintOptions } from '../engine';
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
  port.on('message', (m: ToWorker) => {
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
      }
    } catch (e) {
      reply.error = String((e as Error)?.stack ?? e);
    }
    port.postMessage(reply);
  });
}
