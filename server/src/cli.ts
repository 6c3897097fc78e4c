#!/usr/bin/env node
import * as fs from 'fs';
import { formatOf, lint, LintOptions, outlinesWith, resolveOutline } from './engine';
import { looksLikeReport } from './model/detect';
import { CliArgs, parseArgs, UsageError, USAGE } from './cli/args';
import { unifiedDiff } from './cli/diff';
import { planFix, writeAtomically } from './cli/fix';
import { annotateDocx, writeAnnotated } from './cli/annotate';
import { expandInputs, Input, readInput } from './cli/files';
import { FileResult, formatJson, formatSarif, formatText } from './cli/format';
import { formatHtml } from './cli/html';
import { RULES } from './rules';

declare const JIXIAO_VERSION: string | undefined;
const VERSION = typeof JIXIAO_VERSION === 'string' ? JIXIAO_VERSION : '0.0.0-dev';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Buffer;
}

/**
 * One file: read, fixed if asked, checked. Status 2 when it cannot be read or fixed, or when a
 * part of the engine failed (its findings would be missing); 1 when an error-severity finding
 * remains.
 */
function checkFile(file: string, args: CliArgs, options: LintOptions, io: CliIo, foundInFolder = false): { result: FileResult; status: number } {
  const input = readInput(file, io.stdin);
  if (input.error !== undefined || input.text === undefined) {
    io.stderr(`jixiao-lint: ${input.name}: ${input.error}\n`);
    return { result: { file: input.name, error: input.error }, status: 2 };
  }
  // A folder may hold notes and READMEs beside the drafts: those are skipped, and counted.
  if (foundInFolder && !input.word && !looksLikeReport(input.text, outlinesWith(options.extraOutlines))) {
    return { result: { file: input.name, skipped: true }, status: 0 };
  }
  if (input.warning) io.stderr(`jixiao-lint: ${input.name}: ${input.warning}\n`);
  const fileOptions = { ...options, format: formatOf(input.name) };
  let text = input.text;
  let status = 0;
  if (args.fix) {
    const fixed = fixInput(file, input, args.fix, fileOptions, io);
    text = fixed.text;
    if (fixed.failed) status = 2;
  }
  const result = lint(text, fileOptions);
  for (const f of result.failures) {
    io.stderr(`jixiao-lint: ${input.name}: internal error in ${f.ruleId === 'model' ? 'the model' : `rule ${f.ruleId}`}; its findings are missing\n${f.error}\n`);
    status = 2;
  }
  if (status === 0 && result.findings.some((f) => f.severity === 'error')) status = 1;
  if (args.annotate && input.word && input.places && input.bytes && !annotate(input, result, args.annotate, io)) status = 2;
  return { result: { file: input.name, result, places: input.places }, status };
}

/** The Word copy with the findings as comments, said on stderr; false when it could not be written. */
function annotate(input: Input, result: ReturnType<typeof lint>, dir: string, io: CliIo): boolean {
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
function fixInput(file: string, input: Input, mode: 'write' | 'dry-run', options: LintOptions, io: CliIo): { text: string; failed: boolean } {
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
    io.stdout(unifiedDiff(input.name, input.text!, plan.text));
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

/** The command line on the same engine as the language server. Returns the exit status. */
export function runCli(argv: string[], io: CliIo): number {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`jixiao-lint: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  if (args.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  if (args.listRules) {
    for (const r of RULES) io.stdout(`${r.id.padEnd(24)} ${r.defaultSeverity.padEnd(12)} ${r.description[args.lang]}\n`);
    return 0;
  }
  if (args.inputs.length === 0) {
    io.stderr(`jixiao-lint: no files given\n${USAGE}\n`);
    return 2;
  }
  const options: LintOptions = { rules: args.rules, lang: args.lang };
  if (args.template) {
    const { outline, error } = resolveOutline(args.template);
    if (!outline) {
      io.stderr(`jixiao-lint: ${error}\n`);
      return 2;
    }
    options.outline = outline.name;
    options.extraOutlines = [outline];
  }
  const { files, missing, inFolder } = expandInputs(args.inputs);
  let status = 0;
  for (const m of missing) {
    io.stderr(`jixiao-lint: ${m}: no such file, directory or matching draft\n`);
    status = 2;
  }
  const results: FileResult[] = [];
  for (const file of files) {
    const checked = checkFile(file, args, options, io, inFolder.has(file));
    results.push(checked.result);
    status = Math.max(status, checked.status);
  }
  if (args.format === 'json') io.stdout(formatJson(results, args.lang));
  else if (args.format === 'sarif') io.stdout(formatSarif(results, args.lang, RULES, VERSION));
  else if (args.format === 'html') io.stdout(formatHtml(results, args.lang));
  else io.stdout(formatText(results, args.lang));
  return status;
}

if (require.main === module) {
  const chunks: string[] = [];
  const code = runCli(process.argv.slice(2), {
    stdout: (s) => chunks.push(s),
    stderr: (s) => process.stderr.write(s),
    stdin: () => fs.readFileSync(0),
  });
  process.stdout.write(chunks.join(''), () => process.exit(code));
}
