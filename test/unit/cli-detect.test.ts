import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, lintDocument } from '../../server/src/engine';
import { detectReport, looksLikeReport } from '../../server/src/model/detect';
import { BUILTIN_OUTLINES } from '../../server/src/model/outline';

/**
 * The command line parses a short folder draft once, to recognise it and to check it
 * (`detectReport`): it must answer as `looksLikeReport`, which reads a head of 120 lines and 8,000
 * characters, at the limits too, and give the same findings through the shared parse as `lint`.
 */
const ROOT = path.resolve(__dirname, '../../..');

function drafts(dir: string, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) drafts(p, out);
    else if (/\.(txt|md)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Two headings of an outline, which recognise it when both are in the head, with a line between. */
const TWO_PARTS = '一、预算单位基本情况\n本单位是青年的桥梁。\n二、预算收支出情况（按单位预算口径）';

function same(text: string, label: string): void {
  const d = detectReport(text, BUILTIN_OUTLINES);
  assert.strictEqual(d.report, looksLikeReport(text, BUILTIN_OUTLINES), label);
  if (d.doc) {
    const shared = lintDocument(d.doc, { format: 'text' });
    const own = lint(text, { format: 'text' });
    assert.deepStrictEqual(JSON.parse(JSON.stringify(shared.findings)), JSON.parse(JSON.stringify(own.findings)), label);
    assert.deepStrictEqual(shared.failures, own.failures, label);
  }
}

describe('jixiao-lint: a folder draft parsed once to recognise and check it', () => {
  it('answers as looksLikeReport and finds the same for every fixture and seed draft', () => {
    const files = [...drafts(path.join(ROOT, 'test/fixtures')), ...drafts(path.join(ROOT, '../shared/seeds'))];
    assert.ok(files.length >= 20);
    let shared = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      same(text, f);
      if (detectReport(text, BUILTIN_OUTLINES).doc) shared++;
    }
    assert.ok(shared > 0, 'some drafts are short enough to share the parse');
  });

  it('at the 120-line limit: the 120th line counts, the 121st does not, as for looksLikeReport', () => {
    const at = (blank: number) => '\n'.repeat(blank) + TWO_PARTS;
    assert.strictEqual(at(117).split('\n').length, 120);
    assert.strictEqual(looksLikeReport(at(117)), true, 'the second heading on line 120 is read');
    assert.strictEqual(looksLikeReport(at(118)), false, 'on line 121 it is not');
    assert.ok(detectReport(at(117), BUILTIN_OUTLINES).doc, '120 lines share the parse');
    assert.strictEqual(detectReport(at(118), BUILTIN_OUTLINES).doc, undefined, '121 lines do not');
    for (const blank of [0, 60, 116, 117, 118, 119]) same(at(blank), `${blank} blank lines`);
  });

  it('at the 8,000-character limit, and with CR line breaks, the same answers', () => {
    const padded = (length: number) => '　'.repeat(length - TWO_PARTS.length - 1) + '\n' + TWO_PARTS;
    assert.strictEqual(looksLikeReport(padded(8000)), true);
    assert.strictEqual(looksLikeReport(padded(8001)), false);
    assert.ok(detectReport(padded(8000), BUILTIN_OUTLINES).doc);
    assert.strictEqual(detectReport(padded(8001), BUILTIN_OUTLINES).doc, undefined);
    for (const n of [7999, 8000, 8001]) same(padded(n), `${n} characters`);
    for (const br of ['\r\n', '\r']) same(('\n'.repeat(117) + TWO_PARTS).split('\n').join(br), JSON.stringify(br));
    same('会议记录：下周二讨论预算。\n', 'a note');
    same('某馆2023年度部门整体支出绩效自评报告\n本馆情况。\n', 'a title and no outline');
  });
});
