import type { Lang } from '../rules/types';
import type { FileRecord } from './record';

export type { FileRecord } from './record';

/** `file:line:col severity message [rule]`, 1-based like other linters, and a closing count. */
export function formatText(results: FileRecord[], lang: Lang): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let others = 0;
  for (const fr of results) {
    if (!fr.checked) continue;
    for (const f of fr.checked.findings) {
      const { start } = f.range;
      out.push(`${fr.file}:${start.line + 1}:${start.character + 1}${f.location ? ` ${f.location}` : ''} ${f.severity} ${f.message} [${f.ruleId}]`);
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else others++;
    }
  }
  const files = results.filter((r) => r.checked).length;
  const skipped = results.filter((r) => r.skipped).length;
  out.push(
    (lang === 'zh'
      ? `检查了${files}个文件：${errors}个错误，${warnings}个警告，${others}条提示`
      : `${files} file(s) checked: ${errors} error(s), ${warnings} warning(s), ${others} note(s)`)
    + (skipped ? (lang === 'zh' ? `；跳过了${skipped}个不是自评报告的文件` : `; ${skipped} file(s) skipped as not reports`) : ''),
  );
  return out.join('\n') + '\n';
}

export function formatJson(results: FileRecord[]): string {
  return JSON.stringify(
    results.filter((r) => r.checked).map((fr) => ({
      file: fr.file,
      template: fr.checked!.template,
      outlineConfidence: fr.checked!.outlineConfidence,
      diagnostics: fr.checked!.findings.map((f) => ({ code: f.ruleId, severity: f.severity, message: f.message, range: f.range, location: f.location })),
    })),
    null,
    2,
  ) + '\n';
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(results: FileRecord[], lang: Lang, rules: ReadonlyArray<{ id: string; description: { zh: string; en: string }; defaultSeverity: string }>, version: string): string {
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
      results: results.filter((r) => r.checked).flatMap((fr) => fr.checked!.findings.map((f) => {
        const { start, end } = f.range;
        return {
          ruleId: f.ruleId,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
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
