import * as assert from 'assert';
import { lint, LintOptions, LintResult, ResolvedFinding } from '../../server/src/engine';
import { applyEdits } from './edits';
import type { Fixture } from './fixture';

export function describeFinding(r: LintResult, f: ResolvedFinding): string {
  const p = r.doc.input.sourceLines.positionAt(f.start);
  return `${p.line + 1}:${p.character + 1} ${f.ruleId} ${f.message.zh}`;
}

function counts(findings: ResolvedFinding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

/** Found against expected, by line and rule, both ways. */
export function checkExpectations(fx: Fixture, result: LintResult): void {
  const found = result.findings.map((f) => ({ f, line: result.doc.input.sourceLines.positionAt(f.start).line }));
  const unmatched = [...found];
  const missing: string[] = [];
  for (const e of fx.expectations) {
    const i = unmatched.findIndex((x) => x.line === e.line && x.f.ruleId === e.code && (!e.message || x.f.message.zh.includes(e.message) || x.f.message.en.includes(e.message)));
    if (i < 0) missing.push(`line ${e.line + 1}: ${e.code}${e.message ? ` "${e.message}"` : ''}`);
    else unmatched.splice(i, 1);
  }
  const extra = unmatched.map((x) => describeFinding(result, x.f));
  assert.deepStrictEqual({ missing, extra }, { missing: [], extra: [] }, `${fx.name}: findings differ from the marks`);
}

/**
 * Every fix of every finding: it applies cleanly, removes its finding, and brings no finding that
 * was not there before (except what the fix says it leaves, such as an empty inserted part).
 */
export function checkFixes(name: string, text: string, options: LintOptions, result: LintResult = lint(text, options)): number {
  const before = counts(result.findings);
  let checked = 0;
  for (const f of result.findings) {
    for (const fix of f.fixes) {
      const fixed = applyEdits(text, fix.edits);
      const after = counts(lint(fixed, options).findings);
      const where = `${name}: fix "${fix.title.zh}" for ${describeFinding(result, f)}`;
      assert.ok((after.get(f.ruleId) ?? 0) < (before.get(f.ruleId) ?? 0), `${where} did not remove its finding`);
      for (const [code, n] of after) {
        if (fix.leaves?.includes(code)) continue;
        assert.ok(n <= (before.get(code) ?? 0), `${where} brought a new ${code} finding`);
      }
      checked++;
    }
  }
  return checked;
}

/** `=> text`: the line as it reads after the preferred fix of the finding marked there. */
export function checkFixedLines(fx: Fixture, result: LintResult): void {
  for (const e of fx.expectations) {
    if (e.fixedLine === undefined) continue;
    const f = result.findings.find((x) => x.ruleId === e.code && result.doc.input.sourceLines.positionAt(x.start).line === e.line
      && (!e.message || x.message.zh.includes(e.message) || x.message.en.includes(e.message)));
    assert.ok(f, `${fx.name}: no ${e.code} on line ${e.line + 1} to fix`);
    const fix = f.fixes.find((x) => x.preferred) ?? f.fixes[0];
    assert.ok(fix, `${fx.name}: ${e.code} on line ${e.line + 1} has no fix`);
    const fixed = applyEdits(fx.text, fix.edits).split('\n');
    assert.strictEqual(fixed[e.line], e.fixedLine, `${fx.name}: line ${e.line + 1} after "${fix.title.zh}"`);
  }
}
