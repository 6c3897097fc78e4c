import * as assert from 'assert';
import { baseValue, writtenValue } from '../../server/src/model/amounts';
import { lint } from '../../server/src/engine';
import { applyEdits } from '../harness/edits';
import { parseReport } from '../../server/src/model/document';
import { parseNumberPrefix } from '../../server/src/model/numbering';
import { anyPartMatches, BUILTIN_OUTLINES, compileOutline, foldTitle, OutlineError, partMatches } from '../../server/src/model/outline';

const amounts = (text: string) => parseReport(text).amounts.map((a) => `${a.labelCore}|${a.raw}|${a.unit}|${a.kind}${a.approximate ? '|约' : ''}`);

describe('model: amounts', () => {
  it('reads units, full-width digits, thousands separators and approximate figures', () => {
    assert.deepStrictEqual(amounts('年初预算５８．５９万元，上级补助1,234.56元，追加1.2亿元，募集善款26000余元。'), [
      '年初预算|５８．５９|万元|money', '上级补助|1,234.56|元|money', '追加|1.2|亿元|money', '募集善款|26000|元|money|约',
    ]);
    const doc = parseReport('追加1.2亿元，上级补助1,234.56元。');
    assert.strictEqual(baseValue(doc.amounts[0]).toString(), '12000');
    assert.strictEqual(baseValue(doc.amounts[1]).toString(), '0.123456');
    assert.strictEqual(writtenValue(parseReport('预算５８．５９万元').amounts[0]).toString(), '58.59');
  });

  it('counts people and items, and leaves years, dates, percentages and 万 counts alone', () => {
    assert.deepStrictEqual(amounts('截至2023年12月31日，实有人数3人，其中在编24名；共11个项目，执行率98.5%，阅读量530.6万，服务3.4万余人，第1名。'), [
      '实有人数|3|人|people', '在编|24|名|people', '|11|个|count',
    ]);
  });

  it('takes the unit written once for a list, and a bare 万 only as money words say', () => {
    assert.deepStrictEqual(amounts('其中：人员经费50.1、公用经费16.2、项目支出10万元。补助22.1万，粉丝56万。'), [
      '人员经费|50.1|万元|money', '公用经费|16.2|万元|money', '项目支出|10|万元|money', '补助|22.1|万|money',
    ]);
  });

  it('keeps （减） inside a label and strips years and connectors', () => {
    assert.deepStrictEqual(amounts('2023年年初预算20万元，年中调增（减）5万元，其中年初预算6万元。'), [
      '年初预算|20|万元|money', '年中调增（减）|5|万元|money', '年初预算|6|万元|money',
    ]);
  });

  it('never reads a number of a million digits, or a code, as an amount', () => {
    assert.deepStrictEqual(amounts(`预算${'9'.repeat(100000)}万元，型号B2万元`), []);
  });
});

describe('model: headings and list items', () => {
  it('parses the four levels and their variants', () => {
    const p = (s: string) => {
      const r = parseNumberPrefix(s);
      return r && `${r.level}:${r.style}:${r.value}`;
    };
    assert.deepStrictEqual(['一、基本情况', '（十二）其他', '(三)其他', '1.主要职能', '1．主要职能', '1、主要职能', '（1）项目', '(2)项目', '十一、其他'].map(p),
      ['1:cn-dun:1', '2:cn-paren:12', '2:cn-paren:3', '3:ar-dot:1', '3:ar-dot:1', '3:ar-dun:1', '4:ar-paren:1', '4:ar-paren:2', '1:cn-dun:11']);
    assert.strictEqual(p('1.2024年预算资金42.76万元。'), '3:ar-dot:1');
    assert.strictEqual(p('1.5万元用于培训'), undefined);
  });

  it('tells a list of duties from sub-headings, and finds the parts of the outline', () => {
    const doc = parseReport([
      '一、预算单位基本情况', '区妇联主要职责是：', '1、团结、教育全区妇女，全面提高素质。', '2、动员全区妇女积极投身改革。', '3、承担办公室的日常工作。',
      '二、预算收支出情况（按单位预算口径）', '2023年预算收入10万元。', '三、资金使用及绩效情况', '（一）整体支出绩效情况', '全年开展活动12场。',
      '（二）项目支出绩效情况', '（1）业务性专项经费项目', '项目支出1万元。', '（2）宣传项目', '项目支出2万元。', '其他需要说明的情况', '无。',
    ].join('\n'));
    assert.strictEqual(doc.outline?.name, 'zhuzhou-5');
    const shown = doc.entries.map((e) => `${e.line + 1}${e.isHeading ? 'H' : '-'}${e.level}${e.part ? ':' + e.part.path : ''}`);
    assert.deepStrictEqual(shown, ['1H1:一', '3-3', '4-3', '5-3', '6H1:二', '8H1:三', '9H2:三/一', '11H2:三/二', '12H4', '14H4', '16H1:五']);
  });

  it('recognises no outline from titles every outline shares', () => {
    assert.strictEqual(parseReport('一、基本情况\n无。\n二、其他需要说明的情况\n无。').outline, undefined);
  });
});

describe('model: outline files', () => {
  it('asking a list of parts at once answers as asking each part does', () => {
    const lines = ['一、部门基本情况', '（一）部门职能', '预算执行情况', '二、绩效目标', '其他需要说明的情况', '部门整体支出绩效自评报告', '（2）项目支出', '完成档案扫描12万页。', '', '一'];
    for (const o of BUILTIN_OUTLINES) {
      const titles = o.all.map((p) => p.title);
      for (const list of [o.parts, o.all, ...o.parts.map((p) => p.children)]) {
        for (const text of [...lines, ...titles, ...titles.map((t) => `${t}情况说明`)]) {
          const folded = foldTitle(text);
          assert.strictEqual(anyPartMatches(list, folded), list.some((p) => partMatches(p, folded)), `${o.name}: ${text}`);
        }
      }
    }
  });

  it('names the bad field of a broken outline', () => {
    const bad = (data: unknown) => {
      try {
        compileOutline(data, 'my.json');
        return 'accepted';
      } catch (e) {
        return (e as OutlineError).message;
      }
    };
    assert.strictEqual(bad({ name: 'x', title: 't', parts: [] }), 'my.json: parts: must be a non-empty array');
    assert.strictEqual(bad({ name: 'x', title: 't', parts: [{ id: 'A', title: 'x' }] }), 'my.json: parts[0].id: "A" is not a Chinese numeral such as 一 or 十二');
    assert.strictEqual(bad({ name: 'x', title: 't', parts: [{ id: '一', title: 'x', patterns: ['(unclosed'] }] }).startsWith('my.json: parts[0].patterns[0]: not a valid regular expression'), true);
    assert.strictEqual(bad({ name: 'x', title: 't', parts: [{ id: '一', title: 'x' }], projectsPart: '九' }), 'my.json: projectsPart: no part has the path "九"');
    assert.strictEqual(bad({ name: 'x', title: 't', parts: [{ id: '一', title: 'x', children: [{ id: '一', title: 'y' }] }] }), 'accepted');
  });
});

describe('fixes write figures as the draft does', () => {
  const fixedLine = (line: string): string => {
    const r = lint(`一、部门财政资金收支情况\n${line}\n`);
    const f = r.findings.find((x) => x.ruleId === 'amount.sum-mismatch');
    assert.ok(f, `no sum finding on ${line}`);
    const fix = (f.fixes ?? [])[0];
    assert.ok(fix, 'no fix offered');
    const text = `一、部门财政资金收支情况\n${line}\n`;
    return applyEdits(text, fix.edits).split('\n')[1];
  };
  it('keeps digits grouped with a comma, a full-width comma or a space, and keeps full-width digits', () => {
    assert.strictEqual(fixedLine('全年支出1,186.40万元，其中基本支出612.30万元、项目支出584.10万元。'), '全年支出1,196.40万元，其中基本支出612.30万元、项目支出584.10万元。');
    assert.strictEqual(fixedLine('全年支出1，186.40万元，其中基本支出612.30万元、项目支出584.10万元。'), '全年支出1，196.40万元，其中基本支出612.30万元、项目支出584.10万元。');
    assert.strictEqual(fixedLine('全年支出1 186.40万元，其中基本支出612.30万元、项目支出584.10万元。'), '全年支出1 196.40万元，其中基本支出612.30万元、项目支出584.10万元。');
    assert.strictEqual(fixedLine('全年支出１１８６．４０万元，其中基本支出６１２．３０万元、项目支出５８４．１０万元。'), '全年支出１１９６．４０万元，其中基本支出６１２．３０万元、项目支出５８４．１０万元。');
    assert.strictEqual(fixedLine('全年支出186.40万元，其中基本支出112.30万元、项目支出84.10万元。'), '全年支出196.40万元，其中基本支出112.30万元、项目支出84.10万元。');
  });
});
