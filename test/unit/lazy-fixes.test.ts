import * as assert from 'assert';
import { applyEdits, fixAllEdits, lint } from '../../server/src/engine';
import { relationsByAmount, sumFixes } from '../../server/src/rules/amount-fixes';
import { FindingWithFixesLater, mayHaveFixes, mayHaveMechanicalFix } from '../../server/src/rules/lazy-fixes';

/**
 * A failing sum's fixes are made when first read: they must be the fixes the rule would have made
 * at once, in the user's text (Markdown included), with the rule's safety, and nothing that only
 * looks for mechanical fixes (fix-all, --fix) may make them.
 */
describe('fixes made when first read', () => {
  const cases: Array<[string, 'text' | 'markdown', string]> = [
    ['plain text', 'text', '一、基本情况\n2023年预算收入10万元，其中年初预算8万元，调整追加3万元。\n'],
    ['Markdown, where the model reads other offsets than the user\'s text', 'markdown', '# 一、基本情况\n\n**2023年**预算收入10万元，其中年初预算8万元，调整追加3万元。\n'],
  ];
  for (const [what, format, text] of cases) {
    it(`${what}: the fixes are those of the rule, placed in the user's text, and fix-all does not make them`, () => {
      const result = lint(text, { format });
      const f = result.findings.find((x) => x.ruleId === 'amount.sum-mismatch');
      assert.ok(f instanceof FindingWithFixesLater);
      assert.ok(f.pending && mayHaveFixes(f) && !mayHaveMechanicalFix(f));
      assert.deepStrictEqual(fixAllEdits(result), []);
      assert.ok(f.pending, 'fix-all made judgement fixes it could never apply');
      const fixes = f.fixes;
      assert.ok(!f.pending);
      assert.strictEqual(fixes.length, 1);
      assert.strictEqual(fixes[0].safety, 'judgement');
      assert.strictEqual(fixes[0].title.zh, '将预算收入改为11万元（按8＋3计算）');
      assert.deepStrictEqual(fixes[0].edits.map((e) => [text.slice(e.start, e.end), e.newText]), [['10', '11']]);
      assert.strictEqual(f.fixes, fixes, 'made once and kept');
      assert.deepStrictEqual(JSON.parse(JSON.stringify(f)).fixes, JSON.parse(JSON.stringify(fixes)));
    });
  }

  it('gives what the rule\'s search gives when run at once, on every failing sum of a seed-like draft', () => {
    const text = [
      '一、部门基本情况',
      '2023年预算收入58.59万元，其中年初预算50.36万元，调整预算8.33万元。',
      '二、资金使用情况',
      '全年支出58.59万元，其中基本支出46.64万元，项目支出0.87万元。',
      '预算收入58.59万元，其中年初预算50.36万元，调整预算8.23万元。',
    ].join('\n');
    const result = lint(text);
    const failing = result.findings.filter((f) => f instanceof FindingWithFixesLater) as unknown as FindingWithFixesLater[];
    assert.ok(failing.length >= 2, `${failing.length} failing sums`);
    const doc = result.doc;
    const byAmount = relationsByAmount(doc);
    for (const f of failing) {
      const r = doc.relations.find((x) => x.anchor.start === f.start)!;
      const atOnce = sumFixes(doc, r, byAmount).map((x) => ({ ...x, safety: x.safety ?? 'judgement' }));
      assert.deepStrictEqual(f.fixes, atOnce);
    }
    assert.ok(failing.some((f) => f.fixes.length > 0), 'some failing sum has a fix to compare');
  });

  const judgementCases: Array<[string, string, string, unknown]> = [
    ['a failing rate: its fix is made when read, from the readings made again', 'amount.rate-mismatch',
      '一、基本情况\n全年预算数10.00万元，全年执行数9.00万元，预算执行率80.00%。\n',
      [['改为90.00%（按9.00万元÷10.00万元＝90.00%计算）', 'judgement', true, [['80.00', '90.00']]]]],
    ['a figure that differs from its first mention: its fix is made when read', 'amount.inconsistent',
      '一、基本情况\n2023年预算收入58.59万元。\n二、支出情况\n2023年预算收入58.69万元。\n',
      [['改为58.59万元（与第2行一致）', 'judgement', true, [['58.69万元', '58.59万元']]]]],
  ];
  for (const [title, ruleId, text, expected] of judgementCases) {
    it(title, () => {
      const result = lint(text);
      const f = result.findings.find((x) => x.ruleId === ruleId);
      assert.ok(f instanceof FindingWithFixesLater && f.pending);
      assert.deepStrictEqual(fixAllEdits(result), []);
      assert.ok(f.pending);
      assert.deepStrictEqual(f.fixes.map((x) => [x.title.zh, x.safety, x.preferred, x.edits.map((e) => [text.slice(e.start, e.end), e.newText])]), expected);
    });
  }

  it('mechanical fixes made later: in a Markdown draft each lands in the user\'s text, keeps its safety and sub-kind severity, and fix-all makes and applies them', () => {
    const text = '# 一、基本情况\n\n**注意**青年的的桥梁，三八红旗手8 名，[bookmark: _GoBack]（盖章）。\n\n## 二、绩效目标\n\n## 二、资金使用\n';
    const result = lint(text, { format: 'markdown' });
    const lazy = result.findings.filter((f) => f instanceof FindingWithFixesLater) as unknown as FindingWithFixesLater[];
    assert.deepStrictEqual(lazy.map((f) => [f.ruleId, f.pending, mayHaveMechanicalFix(f)]), [
      ['text.duplicate-char', true, true], ['text.spacing', true, true], ['template.artifact', true, true],
      ['template.placeholder', true, true], ['section.numbering', true, true],
    ]);
    assert.strictEqual(lazy.find((f) => f.ruleId === 'template.placeholder')!.severity, 'information');
    const fixed = applyEdits(text, fixAllEdits(result));
    assert.strictEqual(fixed, '# 一、基本情况\n\n**注意**青年的桥梁，三八红旗手8名，。\n\n## 二、绩效目标\n\n## 三、资金使用\n');
    assert.deepStrictEqual(lazy.map((f) => f.fixes.map((x) => [x.title.zh, x.safety, x.edits.map((e) => [text.slice(e.start, e.end), e.newText])])), [
      [['删除重复的“的”', 'mechanical', [['的', '']]]],
      [['删除多余空格', 'mechanical', [[' ', '']]]],
      [['删除转换残留', 'mechanical', [['[bookmark: _GoBack]', '']]]],
      [['删除“（盖章）”', 'mechanical', [['（盖章）', '']]]],
      [['改为“三、”', 'mechanical', [['二、', '三、']]]],
    ]);
  });

  it('a maker that throws costs its finding the fixes, not the caller', () => {
    const f = new FindingWithFixesLater('amount.sum-mismatch', 0, 1, { zh: '', en: '' }, undefined, undefined, () => {
      throw new Error('a bug in a fix maker');
    });
    assert.deepStrictEqual(f.fixes, []);
    assert.ok(!f.pending);
  });
});
