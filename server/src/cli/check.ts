import { formatOf, lint, lintDocument, LintOptions, LintResult, outlinesWith, tooLongMessage } from '../engine';
import type { CliArgs } from './args';
import { detectReport } from '../model/detect';
import { planFix, writeAtomically } from './fix';
import { Input, readInput } from './files';
import { FileRecord, recordOf } from './record';

/**
 * One file, start to end: read, fixed if asked, checked, annotated if asked, and reduced to its
 * record. The same code runs in the main thread and in worker threads; what it prints goes through
 * `io`, which a worker records so that the main thread can print it in the files' order.
 */
export interface CheckIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Buffer;
}

export interface Checked {
  record: FileRecord;
  /** 2 when the file cannot be read or fixed, or a part of the engine failed; 1 when an error-severity finding remains. */
  status: number;
}

export function checkFile(file: string, args: CliArgs, options: LintOptions, io: CheckIo, foundInFolder = false): Checked {
  const input = readInput(file, io.stdin);
  if (input.error !== undefined || input.text === undefined) {
    io.stderr(`jixiao-lint: ${input.name}: ${input.error}\n`);
    return { record: { file: input.name, error: input.error }, status: 2 };
  }
  const fileOptions = { ...options, format: formatOf(input.name) };
  // A folder may hold notes and READMEs beside the drafts: those are skipped, and counted.
  const detected = foundInFolder && !input.word ? detectReport(input.text, outlinesWith(options.extraOutlines)) : undefined;
  if (detected && !detected.report) return { record: { file: input.name, skipped: true }, status: 0 };
  if (input.warning) io.stderr(`jixiao-lint: ${input.name}: ${input.warning}\n`);
  let text = input.text;
  let status = 0;
  if (args.fix) {
    const fixed = fixInput(file, input, args.fix, fileOptions, io);
    text = fixed.text;
    if (fixed.failed) status = 2;
  }
  // The parse made to recognise the outline is the one checking starts with, if it read the same
  // text the same way: plain text, no outline asked for, nothing fixed since.
  const reuse = detected?.doc && fileOptions.format === 'text' && fileOptions.outline === undefined && text === input.text;
  const result = reuse ? lintDocument(detected.doc!, fileOptions) : lint(text, fileOptions);
  if (result.doc.tooLong) {
    // Said as a file that could not be read: a summary counting it as checked would read "no problems".
    const error = tooLongMessage(result.doc.tooLong).en;
    io.stderr(`jixiao-lint: ${input.name}: ${error}\n`);
    return { record: { file: input.name, error }, status: 2 };
  }
  for (const f of result.failures) {
    io.stderr(`jixiao-lint: ${input.name}: internal error in ${f.ruleId === 'model' ? 'the model' : `rule ${f.ruleId}`}; its findings are missing\n${f.error}\n`);
    status = 2;
  }
  if (status === 0 && result.findings.some((f) => f.severity === 'error')) status = 1;
  if (args.annotate && input.word && input.places && input.bytes && !annotate(input, result, args.annotate, io)) status = 2;
  const checked = recordOf(input.name, result, input.places, args.lang, args.format === 'html');
  return { record: { file: input.name, checked }, status };
}

/** The Word copy with the findings as comments, said on stderr; false when it could not be written. */
function annotate(input: Input, result: LintResult, dir: string, io: CheckIo): boolean {
  // The Word writer (and its zip compressor) is loaded only when a copy is asked for.
  const { annotateDocx, writeAnnotated } = require('./annotate') as typeof import('./annotate');
  const lines = result.doc.input.sourceLines;
  const notes = result.findings.map((f) => {
    const p = lines.positionAt(f.start);
    return { line: p.line, character: p.character, message: `${f.message.zh} [${f.ruleId}]` };
  });
  const made = annotateDocx(input.bytes!, input.places!, lines.lines.map((l) => l.text), notes);
  const written = made.bytes ? writeAnnotated(input.name, dir, made.bytes) : { error: made.error };
  if (written.error) io.stderr(`jixiao-lint: ${input.name}: ${written.error}\n`);
  else io.stderr(`jixiao-lint: ${input.name}: 批注副本 annotated copy ${written.file} (${made.count} comment(s))\n`);
  return !written.error;
}

/** `--fix` writes the mechanical fixes and says how many; `--fix-dry-run` prints them as a diff. */
function fixInput(file: string, input: Input, mode: 'write' | 'dry-run', options: LintOptions, io: CheckIo): { text: string; failed: boolean } {
  if (file === '-' || input.word) {
    io.stderr(`jixiao-lint: ${input.name}: not fixed: --fix writes text drafts (${input.word ? 'a Word document is checked, not changed' : 'it needs a file to write'})\n`);
    return { text: input.text!, failed: true };
  }
  const plan = planFix(input.bytes!, input, options);
  if (plan.error) {
    io.stderr(`jixiao-lint: ${input.name}: ${plan.error}\n`);
    return { text: input.text!, failed: true };
  }
  if (!plan.bytes) return { text: input.text!, failed: false };
  if (mode === 'dry-run') {
    io.stdout((require('./diff') as typeof import('./diff')).unifiedDiff(input.name, input.text!, plan.text));
    return { text: plan.text, failed: false };
  }
  const error = writeAtomically(file, plan.bytes);
  if (error) {
    io.stderr(`jixiao-lint: ${input.name}: ${error}\n`);
    return { text: input.text!, failed: true };
  }
  io.stderr(`jixiao-lint: ${input.name}: 已修复${plan.count}处 (fixed ${plan.count})\n`);
  return { text: plan.text, failed: false };
}
