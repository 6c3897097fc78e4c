import { LintResult, ResolvedFinding, sourceRange } from '../engine';
import { WordPlace, wordLocation } from '../model/docx';
import type { Lang } from '../rules/types';

export interface FileResult {
  file: string;
  result?: LintResult;
  error?: string;
  /** A Word document's paragraphs and table rows, one per line of the checked text. */
  places?: WordPlace[];
  /** Found in a folder, and not a report (notes, a README): not checked. */
  skipped?: boolean;
}

/** Where a finding is in the Word document it came from. */
export function locationOf(fr: FileResult, f: ResolvedFinding): string | undefined {
  if (!fr.places || !fr.result) return undefined;
  const { start } = range(fr.result, f);
  return wordLocation(fr.places, fr.result.doc.input.sourceLines.lines[start.line]?.text ?? '', start.line, start.character);
}

function range(r: LintResult, f: ResolvedFinding) {
  return sourceRange(r.doc, f.start, f.end);
}

/** `file:line:col severity message [rule]`, 1-based like other linters, and a closing count. */
export function formatText(results: FileResult[], lang: Lang): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const fr of results) {
    if (!fr.result) continue;
    for (const f of fr.result.findings) {
      const { start } = range(fr.result, f);
      const where = locationOf(fr, f);
      out.push(`${fr.file}:${start.line + 1}:${start.character + 1}${where ? ` ${where}` : ''} ${f.severity} ${f.message[lang]} [${f.ruleId}]`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else others++;
    }
  }
  const files = results.filter((r) => r.result).length;
  const skipped = results.filter((r) => r.skipped).length;
  out.push(
    (lang === 'zh'
      ? `检查了${files}个文件：${errors}个错误，${warnings}个警告，${others}条提示`
      : `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${others} note(s)`)
    + (skipped ? (lang === 'zh' ? `；跳过了${skipped}个不是自评报告的文件` : `; ${skipped} file(s) skipped as not reports`) : ''),
  );
  return out.join('\n') + '\n';
}

export function formatJson(results: FileResult[], lang: Lang): string {
  return JSON.stringify(
    results.filter((r) => r.result).map((fr) => ({
      file: fr.file,
      template: fr.result!.doc.outline?.name ?? null,
      outlineConfidence: Number(fr.result!.doc.outlineConfidence.toFixed(2)),
      diagnostics: fr.result!.findings.map((f) => ({ code: f.ruleId, severity: f.severity, message: f.message[lang], range: range(fr.result!, f), location: locationOf(fr, f) })),
    })),
    null,
    2,
  ) + '\n';
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(results: FileResult[], lang: Lang, rules: ReadonlyArray<{ id: string; description: { zh: string; en: string }; defaultSeverity: string }>, version: string): string {
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'jixiao-lint',
          version,
          informationUri: 'https://github.com/jixiao/jixiao',
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description[lang] },
            defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
          })),
        },
      },
      results: results.filter((r) => r.result).flatMap((fr) => fr.result!.findings.map((f) => {
        const { start, end } = range(fr.result!, f);
        return {
          ruleId: f.ruleId,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message[lang] },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: fr.file.split('\\').join('/') },
              // SARIF counts from 1, in UTF-16 code units like LSP.
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          }],
        };
      })),
      columnKind: 'utf16CodeUnits',
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
