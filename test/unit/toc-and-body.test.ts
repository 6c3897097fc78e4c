import * as assert from 'assert';
import { lint } from '../../server/src/engine';

/** A 目录 against the body: one slip, one finding — on the 目录 where it is wrong, in the body where the body is. */
const structure = (text: string) => lint(text).findings.filter((f) => f.ruleId.startsWith('section.')).map((f) => `${f.ruleId} ${f.message.zh}`);

const PARTS = ['部门（单位）基本情况', '一般公共预算支出情况', '政府性基金预算支出情况', '国有资本经营预算支出情况', '社会保险基金预算支出情况',
  '资金使用及绩效情况', '存在的问题及原因分析', '下一步改进措施', '绩效自评结果拟应用和公开情况', '其他需要说明的情况'];
const NUMERALS = '一二三四五六七八九十';

function report(toc: Array<[number, string]>, body: Array<[number, string]>): string {
  const lines = ['石门县残疾人联合会2024年度部门整体支出绩效自评报告', '目录'];
  for (const [n, title] of toc) lines.push(`${NUMERALS[n - 1]}、${title}……………………${n}`);
  for (const [n, title] of body) lines.push(`${NUMERALS[n - 1]}、${title}`, '本部分情况如下，各项工作均按计划推进。');
  return lines.join('\n') + '\n';
}
const all = PARTS.map((t, i): [number, string] => [i + 1, t]);

describe('a 目录 against the body', () => {
  it('a title with other marks between the same words (`部门、单位` for `部门（单位）`) is the same title', () => {
    const toc = all.map(([n, t]): [number, string] => [n, t.replace('（单位）', '、单位')]);
    assert.deepStrictEqual(structure(report(toc, all)), []);
  });

  it('a part the body skips, listed in the 目录: reported in the body only', () => {
    const found = structure(report(all, all.filter(([n]) => n !== 5)));
    assert.strictEqual(found.length, 1, found.join('\n'));
    assert.match(found[0], /^section\.(missing|numbering)/);
  });

  it('a body heading numbered out of its run: the numbering is reported, not the 目录 that numbers it right', () => {
    const nine = all.slice(0, 9);
    const body = nine.map(([n, t]): [number, string] => [n >= 7 ? n + 1 : n, t]);
    const found = structure(report(nine, body));
    assert.ok(found.every((f) => !f.startsWith('section.toc-mismatch')), found.join('\n'));
    assert.ok(found.some((f) => f.startsWith('section.numbering')), found.join('\n'));
  });

  it('a body part numbered in another level\'s style (`4、` among `一、`): the numbering is reported, not the 目录 that numbers it right', () => {
    const text = report(all, all).replace('\n七、存在的问题及原因分析\n', '\n7、存在的问题及原因分析\n');
    assert.notStrictEqual(text, report(all, all));
    assert.deepStrictEqual(structure(text), ['section.numbering 编号“7、”与同级标题的编号样式不一致，应为“七、”']);
  });

  it('a 目录 entry as wide as the line, its page glued after a bracket (`…（包含单位管理的公共专项）2`), is an entry', () => {
    const body = ['一、预算单位基本情况', '本馆实有人数6人。', '二、预算收支出情况（按单位预算口径）', '全年支出58.59万元。', '三、资金使用及绩效情况（包含单位管理的公共专项）', '完成扫描12万页。', '四、绩效管理存在的问题及下一步改进措施', '预算编制还不够精细。', '五、其他需要说明的情况', '无。'];
    const toc = ['目录', '一、预算单位基本情况\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30001', '二、预算收支出情况（按单位预算口径）\u3000\u3000\u3000\u3000\u3000\u30002',
      '三、资金使用及绩效情况（包含单位管理的公共专项）2', '四、绩效管理存在的问题及下一步改进措施\u3000\u3000\u3000\u3000\u30004', '五、其他需要说明的情况\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u30005'];
    const text = ['渌口区图书馆2021年度部门整体支出绩效自评报告', ...toc, ...body].join('\n') + '\n';
    assert.deepStrictEqual(structure(text), []);
  });

  it('parts out of order: in the body, reported there; in the 目录, reported on the 目录', () => {
    const swapped = (list: Array<[number, string]>) => [...list.slice(0, 6), list[8], list[6], list[7], list[9]];
    const inBody = structure(report(all, swapped(all)));
    assert.ok(inBody.length >= 1 && inBody.every((f) => !f.startsWith('section.toc-mismatch')), inBody.join('\n'));
    const inToc = structure(report(swapped(all), all));
    assert.deepStrictEqual(inToc.map((f) => f.split(' ')[0]), ['section.toc-mismatch'], inToc.join('\n'));
  });

  it('a 目录 numbering a part otherwise than a body in sequence is the 目录\'s slip', () => {
    const toc = all.map(([n, t]): [number, string] => [n === 7 ? 8 : n, t]);
    const found = structure(report(toc, all));
    assert.ok(found.some((f) => f.startsWith('section.toc-mismatch')), found.join('\n'));
  });
});

describe('a Markdown 目录 of links without the parts\' numbers', () => {
  it('`1. [部门（单位）基本情况](#…)` lists the part; its title written again with its number begins the body', () => {
    const toc = PARTS.map((p, i) => `${i + 1}. [${p}](#${NUMERALS[i]}${p})`).join('\n');
    const body = PARTS.map((p, i) => `## ${NUMERALS[i]}、${p}\n\n本部分内容。\n`).join('\n');
    const text = `# 某局2024年度部门整体支出绩效自评报告\n\n## 目录\n\n${toc}\n\n${body}`;
    assert.deepStrictEqual(lint(text, { format: 'markdown' }).findings.filter((f) => f.ruleId.startsWith('section.')).map((f) => f.message.zh), []);
    // A part left out of the body is still found, once.
    const short = text.replace('## 八、下一步改进措施\n\n本部分内容。\n', '');
    assert.ok(lint(short, { format: 'markdown' }).findings.some((f) => f.ruleId === 'section.missing'));
  });
});
