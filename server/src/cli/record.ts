import type { LintResult } from '../engine';
import { sourceRange } from '../engine';
import type { Range } from '../engine/positions';
import type { WordPlace } from '../model/docx';
import type { ReportDocument } from '../model/report';
import type { Lang, Severity } from '../rules/types';

/**
 * What the formatters need of a checked file, and nothing more: findings with their positions
 * already resolved against the source lines, in the run's language. A file is reduced to this
 * right after it is checked, so that its document model (tens of times the size of the draft) can
 * be collected at once rather than kept alive until the end of a folder; and it is plain data, so a
 * worker thread can send it back to the main thread.
 */
export interface FindingRecord {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** Where the finding is in the Word document it came from. */
  location?: string;
  /** For the HTML page: the start line's text, trimmed, at most 80 characters. */
  lineText?: string;
}

/** For the HTML page: the draft's unit, year and outline. */
export interface SummaryRecord {
  unit: string;
  year?: number;
  outlineTitle?: string;
}

export interface CheckedRecord {
  template: string | null;
  outlineConfidence: number;
  findings: FindingRecord[];
  summary?: SummaryRecord;
}

export interface FileRecord {
  file: string;
  checked?: CheckedRecord;
  error?: string;
  /** Found in a folder, and not a report (notes, a README): not checked. */
  skipped?: boolean;
}

type WordLocation = (places: readonly WordPlace[], lineText: string, line: number, character: number) => string | undefined;
let wordLocationFn: WordLocation | undefined;

/** The Word reader (and its unzipper) is loaded on the first Word draft, not at start-up. */
function wordLocation(): WordLocation {
  wordLocationFn ??= (require('../model/docx') as typeof import('../model/docx')).wordLocation;
  return wordLocationFn;
}

/** The unit: a cover line that names it (`株洲市石峰区档案馆（盖章）`), else the report's title. */
function unitOf(doc: ReportDocument, file: string): string {
  const cover = doc.lines.lines.slice(0, doc.coverEndLine).map((l) => l.text.trim().replace(/[（(]\s*盖\s*章\s*[）)]/, ''))
    .find((t) => t.length >= 2 && t.length <= 40 && !/报告|^附件|^目\s*录/.test(t));
  return (cover ?? doc.title?.text ?? doc.lines.lines.find((l) => l.text.trim())?.text ?? file).trim().slice(0, 60);
}

/**
 * A checked file as a record. `withText` adds what only the HTML page shows (the unit and each
 * finding's line), which costs a little per finding and is skipped for the other formats.
 */
export function recordOf(file: string, result: LintResult, places: readonly WordPlace[] | undefined, lang: Lang, withText: boolean): CheckedRecord {
  const { doc } = result;
  const lines = doc.input.sourceLines.lines;
  const findings = result.findings.map((f): FindingRecord => {
    const range = sourceRange(doc, f.start, f.end);
    const record: FindingRecord = { ruleId: f.ruleId, severity: f.severity, message: f.message[lang], range };
    if (places) record.location = wordLocation()(places, lines[range.start.line]?.text ?? '', range.start.line, range.start.character);
    if (withText) record.lineText = lines[range.start.line]?.text.trim().slice(0, 80) ?? '';
    return record;
  });
  const checked: CheckedRecord = { template: doc.outline?.name ?? null, outlineConfidence: Number(doc.outlineConfidence.toFixed(2)), findings };
  if (withText) checked.summary = { unit: unitOf(doc, file), year: doc.year, outlineTitle: doc.outline?.title };
  return checked;
}
