#!/usr/bin/env node
import * as fs from 'fs';
import { formatOf, lint, LintOptions, resolveOutline } from './engine';
import { parseArgs, UsageError, USAGE } from './cli/args';
import { expandInputs, readInput } from './cli/files';
import { FileResult, formatJson, formatSarif, formatText } from './cli/format';
import { RULES } from './rules';

declare const JIXIAO_VERSION: string | undefined;
const VERSION = typeof JIXIAO_VERSION === 'string' ? JIXIAO_VERSION : '0.0.0-dev';

export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Buffer;
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
  const { files, missing } = expandInputs(args.inputs);
  let status = 0;
  for (const m of missing) {
    io.stderr(`jixiao-lint: ${m}: no such file, directory or matching draft\n`);
    status = 2;
  }
  const results: FileResult[] = [];
  for (const file of files) {
    const input = readInput(file, io.stdin);
    if (input.error !== undefined || input.text === undefined) {
      io.stderr(`jixiao-lint: ${input.name}: ${input.error}\n`);
      status = 2;
      results.push({ file: input.name, error: input.error });
      continue;
    }
    const result = lint(input.text, { ...options, format: formatOf(input.name) });
    for (const f of result.failures) io.stderr(`jixiao-lint: ${input.name}: internal error in ${f.ruleId === 'model' ? 'the model' : `rule ${f.ruleId}`}; its findings are missing\n${f.error}\n`);
    results.push({ file: input.name, result });
    if (status === 0 && result.findings.some((f) => f.severity === 'error')) status = 1;
  }
  if (args.format === 'json') io.stdout(formatJson(results, args.lang));
  else if (args.format === 'sarif') io.stdout(formatSarif(results, args.lang, RULES, VERSION));
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
