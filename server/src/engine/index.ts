import { parseReport, ReportDocument } from '../model/document';
import type { InputFormat } from '../model/source';
import { toSource, toSourceRange } from '../model/source';
import { RULES } from '../rules';
import type { Finding, Message, Rule } from '../rules/types';
import { applyEdits, fixAllEdits } from './fixes';
import { outlinesWith } from './outlines';
import type { SeveritySetting } from './options';

/**
 * The engine façade, used by the language server and the command line alike: text and options in,
 * report model and findings out, with fixes as data. Neither front end knows how a rule works, and
 * nothing here knows LSP.
 */
export type { SeveritySetting } from './options';
export { parseSeverity, ruleSeverities, SEVERITY_SETTINGS } from './options';
export { builtinOutlineNames, loadOutlineFiles, outlinesWith, readOutlineFile, resolveOutline } from './outlines';
export { applyEdits, fixAllEdits, insertMissingEdits, insertPartEdits, renumberEdits, takeNonOverlapping } from './fixes';
export { modelOffsetAt, modelPosition, modelRange, sourceRange } from './positions';

export type { LintOptions, LintResult, ResolvedFinding } from './types';
import type { LintOptions, LintResult, ResolvedFinding } from './types';
import { onFixes, setFixSafety } from '../rules/lazy-fixes';

/** The input format a file name implies. */
export function formatOf(fileName: string): InputFormat {
  return /\.(md|markdown)$/i.test(fileName) ? 'markdown' : 'text';
}

export function severityOf(rule: Rule, f: Finding, options: LintOptions): SeveritySetting {
  return options.rules?.[rule.id] ?? f.severity ?? rule.defaultSeverity;
}

/** What a front end says of a draft too long to read (`doc.tooLong`). */
export function tooLongMessage(t: { chars: number; max: number }): Message {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return {
    zh: `未检查：文本有 ${mb(t.chars)} M 个字符，超过一份草稿可检查的上限 ${mb(t.max)} M。绩效自评报告通常不超过 20 万个字符，请确认打开的是报告草稿。`,
    en: `not checked: the text has ${mb(t.chars)} M characters, more than the ${mb(t.max)} M a draft can have (a self-evaluation report rarely has 200,000)`,
  };
}

/** Checks a draft. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const doc = parseReport(text, { outline: options.outline, outlines: outlinesWith(options.extraOutlines), format: options.format });
  return lintDocument(doc, options);
}

/** Findings are made on the text the model reads; the user's text is the source (Markdown). */
function toSourceOffsets(doc: ReportDocument, f: Finding): void {
  const map = (o: number) => toSource(doc.input, o);
  f.start = map(f.start);
  f.end = map(f.end);
  for (const r of f.related ?? []) {
    r.start = map(r.start);
    r.end = map(r.end);
  }
  onFixes(f, (fixes) => {
    for (const fix of fixes) for (const e of fix.edits) [e.start, e.end] = toSourceRange(doc.input, e.start, e.end, e.newText);
  });
}

/** Tests and fault drills name a rule to fail (`JIXIAO_FAULT=rule-id`): failures must be seen. */
const FAULT = typeof process !== 'undefined' ? process.env.JIXIAO_FAULT : undefined;

/** One collator for every sort: `localeCompare` makes a new one per comparison (its order, faster). */
const RULE_ORDER = new Intl.Collator();

export function lintDocument(doc: ReportDocument, options: LintOptions = {}): LintResult {
  const findings: ResolvedFinding[] = [];
  const failures: LintResult['failures'] = doc.errors.map((error) => ({ ruleId: 'model', error }));
  if (doc.notText) return { doc, findings, failures };
  for (const rule of options.ruleSet ?? RULES) {
    if (options.rules?.[rule.id] === 'off') continue;
    let found: Finding[];
    try {
      if (FAULT === rule.id) throw new Error(`JIXIAO_FAULT: ${rule.id} made to fail`);
      found = rule.check(doc);
    } catch (e) {
      failures.push({ ruleId: rule.id, error: String((e as Error)?.stack ?? e) });
      continue;
    }
    for (const f of found) {
      const severity = severityOf(rule, f, options);
      if (severity === 'off') continue;
      // Rules make fresh findings on every check: resolving in place saves a copy per finding.
      const resolved = f as ResolvedFinding;
      resolved.severity = severity;
      if (rule.unnecessary) resolved.unnecessary = true;
      setFixSafety(f, rule.fixSafety);
      findings.push(resolved);
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || RULE_ORDER.compare(a.ruleId, b.ruleId));
  // Read as Markdown (a `.md`, or a `.txt` that is a Markdown export): places in the user's text.
  if (doc.input.view !== doc.input.source) for (const f of findings) toSourceOffsets(doc, f);
  return { doc, findings, failures };
}

/**
 * `--fix`: the mechanical fixes applied until none is left (a renumbered sibling can reveal
 * another), in at most a few rounds. Line breaks the fixes insert follow the text's own.
 */
export function fixText(text: string, options: LintOptions = {}): { text: string; count: number } {
  const crlf = text.includes('\r\n');
  let current = text;
  let count = 0;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const edits = fixAllEdits(lint(current, options));
    if (edits.length === 0) break;
    current = applyEdits(current, crlf ? edits.map((e) => ({ ...e, newText: e.newText.replace(/\r?\n/g, '\r\n') })) : edits);
    count += edits.length;
  }
  return { text: current, count };
}

const MAX_FIX_ROUNDS = 5;
