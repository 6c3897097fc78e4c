import { builtinOutlineNames, parseSeverity, SeveritySetting } from '../engine';
import { isRuleId } from '../engine/options';
import type { Lang } from '../rules/types';
import { RULE_IDS } from '../rules';

export interface CliArgs {
  format: 'text' | 'json' | 'sarif' | 'html';
  template?: string;
  lang: Lang;
  rules: Record<string, SeveritySetting>;
  inputs: string[];
  help: boolean;
  version: boolean;
  listRules: boolean;
  /** Write the mechanical fixes into the files; with `dryRun`, print them as a diff instead. */
  fix?: 'write' | 'dry-run';
  /** Write a copy of each Word draft with its findings as comments into this folder. */
  annotate?: string;
  /** Threads that check a folder's files (`--jobs`, else `JIXIAO_JOBS`, else the machine's processors); 1 checks them one by one. */
  jobs?: number;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { format: 'text', lang: 'zh', rules: {}, inputs: [], help: false, version: false, listRules: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const value = () => {
      if (eq > 0) return a.slice(eq + 1);
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
      return argv[++i];
    };
    switch (name) {
      case '-h': case '--help': args.help = true; break;
      case '-v': case '--version': args.version = true; break;
      case '--list-rules': args.listRules = true; break;
      case '--fix': args.fix = 'write'; break;
      case '--fix-dry-run': args.fix = 'dry-run'; break;
      case '--annotate': args.annotate = value(); break;
      case '-j': case '--jobs': args.jobs = parseJobs(value(), name); break;
      case '-f': case '--format': {
        const f = value();
        if (f !== 'text' && f !== 'json' && f !== 'sarif' && f !== 'html') throw new UsageError(`--format must be text, json, sarif or html, not "${f}"`);
        args.format = f;
        break;
      }
      case '-t': case '--template': args.template = value(); break;
      case '--lang': {
        const l = value();
        if (l !== 'zh' && l !== 'en') throw new UsageError(`--lang must be zh or en, not "${l}"`);
        args.lang = l;
        break;
      }
      case '--rule': {
        const spec = value();
        const m = /^([a-z.-]+)=([a-z]+)$/.exec(spec);
        if (!m) throw new UsageError(`--rule takes <id>=<severity>, as in amount.unit=off; got "${spec}"`);
        const severity = parseSeverity(m[2]);
        if (!isRuleId(m[1])) throw new UsageError(`unknown rule "${m[1]}"; rules are: ${RULE_IDS.join(', ')}`);
        if (!severity) throw new UsageError(`unknown severity "${m[2]}"; use off, hint, info, warning or error`);
        args.rules[m[1]] = severity;
        break;
      }
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
        args.inputs.push(a);
    }
  }
  return args;
}

/** A thread count: a whole number from 1 up. */
export function parseJobs(value: string, name: string): number {
  const n = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1)) throw new UsageError(`${name} takes a whole number of threads from 1 up, not "${value}"`);
  return n;
}

export const USAGE = usage();

function usage(): string {
  return `用法 Usage: jixiao-lint [options] <file|dir|glob|->...

检查部门整体支出绩效自评报告草稿。Checks drafts of performance self-evaluation reports.

Options:
  -f, --format text|json|sarif|html
                                 output format (default text: file:line:col severity message [rule];
                                 html: one self-contained page for a batch)
  -t, --template <name|path>     outline: ${builtinOutlineNames().join(', ')}, or an outline JSON file
                                 (default: recognised from each draft's headings)
      --lang zh|en               language of messages (default zh)
      --rule <id>=<severity>     off, hint, info, warning or error; may be repeated
      --fix                      write the mechanical fixes (numbering, debris, doubled characters,
                                 spaces, quote characters, seal mark) into the files, in their
                                 own encoding; figures and sentences are never changed
      --fix-dry-run              print those fixes as a unified diff, change nothing
      --annotate <dir>           write a copy of each .docx into <dir> with the findings as Word
                                 comments (the original is never changed)
  -j, --jobs <n>                 threads that check 8 files or more (default: JIXIAO_JOBS, else
                                 one per processor and per 256 KB of drafts); 1 checks them one
                                 after another. The output is the same either way
      --list-rules               list the rules and their default severities
  -h, --help                     this text
  -v, --version                  version

A directory is searched for .txt and .md drafts; "-" reads standard input.
Exit status: 0 no error-severity finding, 1 some, 2 usage error or unreadable file.`;
}
