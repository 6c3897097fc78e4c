import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** Parts numbered the drafter's way: Roman numerals, a tab or a full-width space for the 、, `1.` throughout. */
const numbering = (text: string) => lint(text).findings.filter((f) => f.ruleId === 'section.numbering').map((f) => f.message.zh);

const parts = (number: (n: number) => string, sub: (n: number) => string) => [
  '某县农业机械化服务中心2023年度部门整体支出绩效自评报告',
  `${number(1)}部门基本情况`,
  `${sub(1)}部门职能`,
  '负责全县农业机械化技术推广、农机安全监理和农机购置补贴的组织实施。',
  `${sub(2)}机构设置`,
  '中心内设综合股、推广股2个股室，核定事业编制12名。',
  `${number(2)}部门整体支出情况`,
  `${sub(1)}收入情况`,
  '2023年收入合计286.40万元，全部为财政拨款。',
  `${sub(2)}支出情况`,
  '2023年支出合计279.15万元，其中基本支出201.30万元，项目支出77.85万元。',
  `${number(3)}存在的问题`,
  '绩效目标设置不够细化，部分指标难以量化。',
].join('\n');

describe('numbering the drafter\'s way', () => {
  it('Roman numerals (`Ⅰ、`) number the parts, under which `（一）` starts again', () => {
    const roman = (n: number) => `${String.fromCharCode(0x215f + n)}、`;
    const cn = (n: number) => `（${'一二三'[n - 1]}）`;
    assert.deepStrictEqual(numbering(parts(roman, cn)), []);
    assert.deepStrictEqual(numbering(parts(roman, cn).replace('Ⅲ、存在', 'Ⅱ、存在')), ['编号“Ⅱ、”与前面的同级标题重复，应为“Ⅲ、”']);
  });

  it('a numeral and a tab, or a full-width space, number a part as `一、` does', () => {
    const cn = (n: number) => `（${'一二三'[n - 1]}）`;
    assert.deepStrictEqual(numbering(parts((n) => `${'一二三'[n - 1]}\t`, cn)), []);
    assert.deepStrictEqual(numbering(parts((n) => `${'一二三'[n - 1]}\u3000`, (n) => `${cn(n)}\u3000`)), []);
  });

  it('`1.` for every part and `（1）` for every sub-part is the draft\'s style, a mixed one is not', () => {
    const text = parts((n) => `${n}.`, (n) => `（${n}）`);
    assert.deepStrictEqual(numbering(text), []);
    assert.strictEqual(numbering(text.replace('2.部门整体支出情况', '二、部门整体支出情况')).length >= 1, true);
  });

  it('`1　` and words after a full-width space open an item of a list, not a part', () => {
    const text = parts((n) => `${'一二三'[n - 1]}、`, (n) => `（${'一二三'[n - 1]}）`)
      .replace('绩效目标设置不够细化，部分指标难以量化。', '1　绩效目标设置不够细化。\n2　部分指标难以量化。');
    assert.deepStrictEqual(numbering(text), []);
  });

  it('an item whose title opens with a figure (`2.1%人口抽样调查顺利完成`) is no number skipped', () => {
    const items = '（一）整体绩效\n1.常规统计调查保质保量。按时完成报表报送。\n2.1%人口抽样调查顺利完成。完成58个调查小区的登记。\n3.统计服务能力不断增强。编印统计月报12期。\n';
    assert.deepStrictEqual(numbering(items), []);
    assert.strictEqual(numbering(items.replace('2.1%人口抽样调查顺利完成。', '人口抽样调查顺利完成。')).length, 1);
  });
});
