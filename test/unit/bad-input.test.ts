import * as assert from 'assert';
import { lint, tooLongMessage } from '../../server/src/engine';
import { MAX_DRAFT_CHARS, parseReport } from '../../server/src/model/document';
import { checkFixes } from '../harness/check';

/** Odd input: a clear message or no finding, never a throw, a hang or a damaging edit. */
describe('bad input', () => {
  it('binary junk gives no finding and no throw', () => {
    // Random bytes, as an editor shows a binary file opened as UTF-8.
    const bytes = Buffer.alloc(20000);
    let seed = 7;
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = seed >> 16;
    }
    const r = lint(bytes.toString('utf8'));
    assert.strictEqual(r.doc.notText, true);
    assert.deepStrictEqual(r.findings, []);
  });

  it('a text longer than any draft is not read, and says so; a 5 MB file of one-byte characters is read', () => {
    const long = '一、基本情况\n' + '预算收入58.59万元，其中年初预算50.36万元。\n'.repeat(Math.ceil((MAX_DRAFT_CHARS + 1) / 26));
    const r = lint(long);
    assert.ok(long.length > MAX_DRAFT_CHARS);
    assert.deepStrictEqual(r.doc.tooLong, { chars: long.length, max: MAX_DRAFT_CHARS });
    assert.deepStrictEqual(r.findings, []);
    assert.match(tooLongMessage(r.doc.tooLong!).zh, /未检查/);
    const fiveMb = '一、基本情况\n' + 'abc 1.00\n'.repeat((5 * 1024 * 1024) / 9);
    assert.strictEqual(parseReport(fiveMb).tooLong, undefined);
  });

  it('a million-digit number is no amount', () => {
    const text = `2023年预算收入${'9'.repeat(1_000_000)}万元，其中年初预算1万元，其他资金来源2万元。`;
    const r = lint(text);
    assert.strictEqual(r.failures.length, 0);
    assert.ok(!r.findings.some((f) => f.ruleId.startsWith('amount.')));
  });

  it('broken brackets and quotes are reported, never thrown', () => {
    const text = '一、基本情况\n（（（“”“（)]】》\n))))”””\n项目“未闭合（';
    const r = lint(text);
    assert.strictEqual(r.failures.length, 0);
    assert.ok(r.findings.some((f) => f.ruleId === 'text.unbalanced-quote'));
    checkFixes('brackets', text, {}, r);
  });

  it('empty text, blank lines, a lone BOM and CRLF', () => {
    for (const t of ['', '\n\n\n', '\uFEFF', '一、基本情况\r\n无。\r\n', '\r\r\r']) {
      const r = lint(t);
      assert.strictEqual(r.failures.length, 0, JSON.stringify(t));
    }
  });

  it('CRLF text gives the same lines and fixes that keep CRLF', () => {
    const lf = '一、基本情况\n三八红旗手8 名。\n二、其他需要说明的情况\n无。';
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = lint(lf).findings.map((f) => [f.ruleId, lint(lf).doc.lines.positionAt(f.start)]);
    const rc = lint(crlf);
    const b = rc.findings.map((f) => [f.ruleId, rc.doc.lines.positionAt(f.start)]);
    assert.deepStrictEqual(b, a);
    checkFixes('crlf', crlf, {}, rc);
  });

  it('a 5 MB draft is checked without failure', function () {
    this.timeout(60000);
    const para = '2023年支出58.59万元，其中基本支出46.64万元，项目支出0.87万元，结余结转11.08万元。三八红旗手8 名，“大调研 提能力”。\n';
    const text = '一、预算单位基本情况\n' + para.repeat(Math.ceil((5 * 1024 * 1024) / (para.length * 3)));
    const r = lint(text);
    assert.strictEqual(r.failures.length, 0);
    assert.ok(r.findings.length > 0);
  });

  it('a line of 200 000 characters without punctuation', function () {
    this.timeout(30000);
    const r = parseReport('一、基本情况\n' + '的'.repeat(200000));
    assert.ok(r.entries.length >= 1);
  });
});

describe('emoji are not debris', () => {
  it('a zero-width joiner inside an emoji sequence is left alone; between Chinese characters it is debris', () => {
    const emoji = lint('一、基本情况\n全家福活动👨\u200d👩\u200d👧圆满举办，❤\ufe0f\u200d🔥热情高涨。\n').findings.filter((f) => f.ruleId === 'template.artifact');
    assert.deepStrictEqual(emoji, []);
    const debris = lint('一、基本情况\n预算\u200d收入。\n').findings.filter((f) => f.ruleId === 'template.artifact');
    assert.strictEqual(debris.length, 1);
  });
});
