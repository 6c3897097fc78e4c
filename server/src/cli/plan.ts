import { LintOptions, resolveOutline } from '../engine';
import { RULES } from '../rules';
import { CliArgs, parseArgs, parseJobs, UsageError, USAGE } from './args';
import type { CheckIo } from './check';
import { expandInputs } from './files';
import { formatJson, formatSarif, formatText } from './format';
import type { FileRecord } from './record';

declare const JIXIAO_VERSION: string | undefined;
export const VERSION = typeof JIXIAO_VERSION === 'string' ? JIXIAO_VERSION : '0.0.0-dev';

/**
 * What a run does before and after its files are checked, shared by the serial and the parallel
 * run so that both say and print the same: the arguments read, the files found, and at the end
 * the report in the chosen format.
 */
export interface Plan {
  args: CliArgs;
  options: LintOptions;
  files: string[];
  inFolder: Set<string>;
  /** 2 when a named file or folder is missing (said already), else 0. */
  status: number;
}

/** The lint options the arguments ask for; a worker thread makes its own from the same arguments. */
export function optionsOf(args: CliArgs): { options?: LintOptions; error?: string } {
  const options: LintOptions = { rules: args.rules, lang: args.lang };
  if (args.template) {
    const { outline, error } = resolveOutline(args.template);
    if (!outline) return { error };
    options.outline = outline.name;
    options.extraOutlines = [outline];
  }
  return { options };
}

/** The run's plan, or its exit status when there is nothing to check (help, version, a usage error). */
export function prepare(argv: string[], io: CheckIo): Plan | number {
  let args;
  try {
    args = parseArgs(argv);
    if (args.jobs === undefined && process.env.JIXIAO_JOBS) args.jobs = parseJobs(process.env.JIXIAO_JOBS, 'JIXIAO_JOBS');
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
  const { options, error } = optionsOf(args);
  if (!options) {
    io.stderr(`jixiao-lint: ${error}\n`);
    return 2;
  }
  const { files, missing, inFolder } = expandInputs(args.inputs);
  for (const m of missing) io.stderr(`jixiao-lint: ${m}: no such file, directory or matching draft\n`);
  return { args, options, files, inFolder, status: missing.length ? 2 : 0 };
}

/** The report of the checked files, in the chosen format. */
export function report(args: CliArgs, records: FileRecord[]): string {
  if (args.format === 'json') return formatJson(records);
  if (args.format === 'sarif') return formatSarif(records, args.lang, RULES, VERSION);
  // The HTML page's code is loaded only for that format.
  if (args.format === 'html') return (require('./html') as typeof import('./html')).formatHtml(records, args.lang);
  return formatText(records, args.lang);
}
