import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/engine';
import { checkFixes, describeFinding } from '../harness/check';

/**
 * The five real drafts against what a careful reviewer found in them (seed-findings.json):
 * every expected finding on its line, and no warning or error beyond them and the tolerated ones.
 */
const SHARED = path.resolve(__dirname, '../../../../shared');
const FINDINGS = path.join(SHARED, 'reference/seed-findings.json');
const SEEDS = path.join(SHARED, 'seeds');

interface Row {
  file: string;
  lines: number[];
  code: string;
}

const available = fs.existsSync(FINDINGS) && fs.existsSync(SEEDS);

(available ? describe : describe.skip)('seed drafts (../shared/seeds)', () => {
  const spec = available ? (JSON.parse(fs.readFileSync(FINDINGS, 'utf8')) as { expect: Row[]; tolerated: Row[] }) : { expect: [], tolerated: [] };
  const files = available ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : [];
  for (const file of files) {
    const text = fs.readFileSync(path.join(SEEDS, file), 'utf8');
    const result = lint(text);
    const lineOf = (f: { start: number }) => result.doc.input.sourceLines.positionAt(f.start).line + 1;
    it(`${file}: every finding of seed-findings.md is reported on its line`, () => {
      const missing = spec.expect
        .filter((r) => r.file === file)
        .filter((r) => !result.findings.some((f) => f.ruleId === r.code && r.lines.includes(lineOf(f))))
        .map((r) => `${r.code} on line ${r.lines.join(' or ')}`);
      assert.deepStrictEqual(missing, []);
    });
    it(`${file}: no false alarm at warning or error severity`, () => {
      const allowed = [...spec.expect, ...spec.tolerated].filter((r) => r.file === file);
      const extra = result.findings
        .filter((f) => f.severity === 'error' || f.severity === 'warning')
        .filter((f) => !allowed.some((r) => r.code === f.ruleId && r.lines.includes(lineOf(f))))
        .map((f) => describeFinding(result, f));
      assert.deepStrictEqual(extra, []);
    });
    it(`${file}: every fix removes its finding and adds none`, () => {
      assert.ok(checkFixes(file, text, {}, result) > 0);
    });
  }
  it('recognises each seed\'s outline', () => {
    const outlines = files.map((f) => lint(fs.readFileSync(path.join(SEEDS, f), 'utf8')).doc.outline?.name);
    assert.deepStrictEqual(outlines, ['zhuzhou-5', 'hunan-10', 'hengyang-6', 'zhuzhou-5', 'zhuzhou-5']);
  });
});
