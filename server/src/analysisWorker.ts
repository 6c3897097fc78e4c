import { parentPort } from 'worker_threads';
import { serveAnalyses } from './analysis/worker';

/** Entry of `dist/analysis-worker.js`: the language server checks large drafts here, off its message loop. */
if (parentPort) serveAnalyses(parentPort);
