import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { parseReport } from '../../server/src/model/document';
import { readSource, toSource, toView } from '../../server/src/model/source';
import { applyEdits } from '../harness/edits';

/** The shapes real drafts take beyond the seeds: Markdown, 目录, pasted tables, other outlines. */
const ZHUZHOU_BODY = [
  '一、预算单位基本情况', '本馆实有人数6人。',
  '二、预算收支出情况（按单位预算口径）', '2023年预算收入120.50万元，其中年初预算98.20万元，调整追加12.30万元，其他资金来源10.00万元。',
  '三、资金使用及绩效情况（包含单位管理的公共专项）', '（一）整体支出绩效情况', '完成扫描12万页。', '（二）项目支出绩效情况', '修复档案320卷。',
  '四、绩效管理存在的问题及下一步改进措施', '预算编制还不够精细。', '五、其他需要说明的情况', '无。',
];

describe('shapes: Markdown', () => {
  const md = '# 报告\n\n## 一、基本情况\n\n**预算收入**101.09万元，其中年初预算69.98万元，调整追加31.14万元。\n\n> 表彰三八红旗手8 名。\n';

  it('a comment within a line and Obsidian tags show nothing: `## 目录 <!-- omit in toc -->`, `#绩效自评 #枫林馆 上年报告见…`', () => {
    const src = readSource('## 目录 <!-- omit in toc -->\n\n#绩效自评 #枫林馆 上年报告见附件。\n\n## 一、基本情况 <!-- 待改 -->\n', 'markdown');
    assert.deepStrictEqual(src.view.split('\n').filter(Boolean), ['目录', '上年报告见附件。', '一、基本情况']);
  });

  it('reads the text without markup, line for line, and maps offsets both ways', () => {
    const src = readSource(md, 'markdown');
    assert.strictEqual(src.view.split('\n').length, md.split('\n').length);
    assert.strictEqual(src.view.split('\n')[2], '一、基本情况');
    assert.strictEqual(src.view.split('\n')[4], '预算收入101.09万元，其中年初预算69.98万元，调整追加31.14万元。');
    const v = src.view.indexOf('101.09');
    assert.strictEqual(md.slice(toSource(src, v), toSource(src, v) + 6), '101.09');
    assert.strictEqual(toView(src, md.indexOf('101.09')), v);
  });

  it('reports on the source text, and a fix applied to the source removes its finding', () => {
    const r = lint(md, { format: 'markdown' });
    const sum = r.findings.find((f) => f.ruleId === 'amount.sum-mismatch');
    assert.ok(sum, 'the income sum does not add up');
    assert.strictEqual(md.slice(sum.start, sum.end), '101.09万元');
    const space = r.findings.find((f) => f.ruleId === 'text.spacing')!;
    const fixed = applyEdits(md, space.fixes[0].edits);
    assert.ok(fixed.includes('> 表彰三八红旗手8名。'));
    assert.ok(!lint(fixed, { format: 'markdown' }).findings.some((f) => f.ruleId === 'text.spacing'));
    // Markup is not text: no spacing, quote or numbering finding comes from `#`, `**` or `>`.
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId).sort(), ['amount.sum-mismatch', 'text.spacing']);
  });

  it('a line that loses only its marker and trailing spaces maps every column both ways, markup included', () => {
    const md = '## 一、基本情况  #\n> 表彰 8 名。   \n   - 完成12项。\n1. 第一项\n1. 第二项\n';
    const src = readSource(md, 'markdown');
    assert.deepStrictEqual(src.view.split('\n'), ['一、基本情况', '表彰 8 名。', '完成12项。', '1. 第一项', '2. 第二项', '']);
    src.view.split('\n').forEach((viewLine, i) => {
      const vStart = src.viewLines.lines[i].start;
      const sStart = src.sourceLines.lines[i].start;
      const sourceLine = md.split('\n')[i];
      for (let c = 0; c <= viewLine.length; c++) {
        const s = toSource(src, vStart + c);
        // Each view character is the same character in the source, and the way back lands on it.
        if (c < viewLine.length && !(i === 4 && c === 0)) assert.strictEqual(md[s], viewLine[c], `line ${i} column ${c}`);
        assert.strictEqual(toView(src, s), vStart + c, `line ${i} column ${c} back`);
      }
      // A source column inside the marker goes to the line's first view character; past the words, to its end.
      assert.strictEqual(toView(src, sStart), vStart);
      assert.strictEqual(toView(src, sStart + sourceLine.length), vStart + viewLine.length);
    });
  });

  it('an ordered list numbered 1. 1. 1. reads as Markdown renders it, 1 2 3', () => {
    const md = '# 报告\n\n## 一、基本情况\n\n1. 甲项工作已完成并通过验收。\n1. 乙项工作已完成并通过验收。\n   - 其中一项提前完成。\n1. 丙项工作已完成并通过验收。\n';
    assert.deepStrictEqual(readSource(md, 'markdown').view.split('\n').filter((l) => /^\d/.test(l)).map((l) => l.slice(0, 2)), ['1.', '2.', '3.']);
    assert.deepStrictEqual(lint(md, { format: 'markdown' }).findings.map((f) => f.ruleId), []);
  });

  it('a whole-line fix removes the line with its markup', () => {
    const text = ['# 某单位2023年度部门整体支出绩效自评报告', ...ZHUZHOU_BODY.map((l) => (/^[一二三四五]、/.test(l) ? `## ${l}` : /^（/.test(l) ? `### ${l}` : l)), '### 没有请写明“无其他需要说明的情况”。'].join('\n\n');
    const r = lint(text, { format: 'markdown' });
    const instr = r.findings.find((f) => f.ruleId === 'template.instruction');
    assert.ok(instr, 'the instruction is found in a Markdown heading line');
    for (const fix of instr.fixes) {
      const fixed = applyEdits(text, fix.edits);
      assert.ok(!/###\s*$/.test(fixed.trimEnd().split('\n').pop()!), `"${fix.title.zh}" left a bare ###`);
    }
  });
});

describe('shapes: 目录', () => {
  const toc = ['目  录', '一、预算单位基本情况……………1', '二、预算收支出情况（按单位预算口径）\t2', '三、资金使用及绩效情况（包含单位管理的公共专项）……3', '四、绩效管理存在的问题及下一步改进措施……4', '五、其他需要说明的情况……5', ''];

  it('reads the 目录 apart from the headings, and finds nothing in it', () => {
    const text = ['某馆2023年度部门整体支出绩效自评报告', ...toc, ...ZHUZHOU_BODY].join('\n');
    const doc = parseReport(text);
    assert.strictEqual(doc.layout.toc?.entries.length, 5);
    assert.strictEqual(doc.layout.toc?.entries[1].page, 2);
    assert.ok(doc.entries.every((e) => e.line > 6), 'no entry from the 目录');
    assert.deepStrictEqual(lint(text).findings.map((f) => f.ruleId), []);
  });

  it('compares the 目录 with the body', () => {
    const text = ['某馆2023年度部门整体支出绩效自评报告', ...toc.map((l) => l.replace('四、绩效管理', '四、绩效管理工作')), ...ZHUZHOU_BODY.filter((l) => !l.startsWith('五') && l !== '无。')].join('\n');
    const found = lint(text).findings.filter((f) => f.ruleId === 'section.toc-mismatch').map((f) => f.message.zh);
    assert.strictEqual(found.length, 2, found.join('\n'));
    assert.ok(found.some((m) => m.includes('四、绩效管理工作') && m.includes('不同')));
    assert.ok(found.some((m) => m.includes('五、其他需要说明的情况') && m.includes('没有')));
  });

  it('a list of headings with no page numbers that the body never repeats is no 目录', () => {
    const doc = parseReport(['目录', '一、甲', '二、乙', '正文从这里开始。'].join('\n'));
    assert.strictEqual(doc.layout.toc, undefined);
  });
});

describe('shapes: tables pasted as text', () => {
  const header = ['项目名称', '年初预算', '全年预算数', '全年执行数', '结余结转', '执行率'];
  const rows = [['1、业务工作经费', '8.00', '8.00', '7.60', '0.40', '95.00%'], ['2、信息化建设', '12.00', '12.00', '11.00', '1.00', '91.67%'], ['合计', '20.00', '20.00', '18.60', '1.40', '93.00%']];

  for (const [shape, render] of [
    ['tab', (cells: string[]) => [cells.join('\t')]],
    ['pipe', (cells: string[]) => [`| ${cells.join(' | ')} |`]],
    ['cells', (cells: string[]) => cells],
    ['space', (cells: string[]) => [cells.join('    ')]],
  ] as Array<[string, (cells: string[]) => string[]]>) {
    it(`${shape}: cells are no headings, and the table's sums and rates are read`, () => {
      const table = ['单位：万元', ...render(header), ...(shape === 'pipe' ? ['|---|---|---|---|---|---|'] : []), ...rows.flatMap(render)];
      const doc = parseReport(['一、一般公共预算支出情况', ...table, '二、部门整体支出绩效情况', '无。'].join('\n'));
      assert.strictEqual(doc.layout.tables.length, 1);
      assert.deepStrictEqual(doc.entries.map((e) => e.title), ['一般公共预算支出情况', '部门整体支出绩效情况']);
      assert.ok(doc.relations.length >= 2 + 5, 'row identities and the 合计 row');
      assert.strictEqual(doc.rates.length, 3);
      const broken = lint(['一、一般公共预算支出情况', ...table.map((l) => l.replace('11.00', '11.50')), '二、部门整体支出绩效情况', '无。'].join('\n'));
      const codes = broken.findings.map((f) => f.ruleId).sort();
      assert.deepStrictEqual(codes, ['amount.rate-mismatch', 'amount.sum-mismatch', 'amount.sum-mismatch']);
    });
  }
});

describe('shapes: tables lined up with spaces', () => {
  const table = ['单位：万元', '序号    项目名称    全年预算数    全年执行数    执行率', '1    业务工作经费    8.00    7.60    95.00%', '2    信息化建设    12.00    11.00    91.67%'];
  const body = (rows: string[]) => ['一、一般公共预算支出情况', ...rows, '二、部门整体支出绩效情况', '无。'].join('\n');

  it('a wider gap is an empty cell: the 合计 row without a 序号 is read in its columns', () => {
    const doc = parseReport(body([...table, '合计        20.00    18.60    93.00%']));
    assert.deepStrictEqual(doc.entries.map((e) => e.title), ['一般公共预算支出情况', '部门整体支出绩效情况'], 'row numbers are no headings');
    assert.strictEqual(doc.layout.tables[0]?.shape, 'space');
    const wrong = lint(body([...table, '合计        20.50    18.60    93.00%'])).findings.map((f) => f.ruleId).sort();
    // The 93.00% is right by the rows' budget (18.60 ÷ 20.00): one wrong figure, said once.
    assert.deepStrictEqual(wrong, ['amount.sum-mismatch']);
    const rate = lint(body([...table, '合计        20.00    18.60    95.00%'])).findings.map((f) => f.ruleId).sort();
    assert.deepStrictEqual(rate, ['amount.rate-mismatch']);
  });

  it('a header over two rows: the lower names the columns, the upper the first; a wrong 总计 cell is found', () => {
    const rows = (carry: string) => [
      '单位名称                   收入                         支出',
      '                         年初预算    调整      小计   基本支出   项目支出    结余',
      '局机关                     486.20   35.60    521.80     402.15     108.45   11.20',
      '县农业技术推广中心         212.40   -8.30    204.10     176.88      24.60    2.62',
      `总计                       698.60   27.30    725.90     579.03     133.05   ${carry}`,
    ];
    const doc = parseReport(['一、一般公共预算支出情况', ...rows('13.82'), '二、部门整体支出绩效情况', '无。'].join('\n'));
    assert.deepStrictEqual(doc.layout.tables[0]?.columns, ['name', 'initial', 'adjust', 'rowTotal', 'money', 'money', 'carry']);
    assert.deepStrictEqual(lint(body(rows('13.82'))).findings.map((f) => f.ruleId), []);
    const wrong = lint(body(rows('13.28'))).findings;
    assert.deepStrictEqual(wrong.map((f) => f.ruleId), ['amount.sum-mismatch'], 'the cell, said once (its row across fails too)');
    assert.match(wrong[0].message.zh, /^结余13\.28(万元)?与其组成之和13\.82/);
  });

  it('a row whose gaps are no whole column steps has no columns, and no finding', () => {
    const r = lint(body([...table, '合计         20.50      18.60  93.00%']));
    assert.strictEqual(r.doc.layout.tables[0]?.rows[2].unaligned, true);
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), []);
    // Short by one cell, with a gap of 3 then 9: an empty cell at the 9 would move every figure.
    const short = parseReport(body([...table, '3   会议经费         6.00    5.40', '合计        26.00    24.00    92.31%']));
    assert.strictEqual(short.layout.tables[0]?.rows[2].unaligned, true);
    // Short at its end, every gap one step give or take a space: its last cell is missing.
    const end = parseReport(body([...table, '3   会议经费     6.00     5.40']));
    assert.strictEqual(end.layout.tables[0]?.rows[2].unaligned, false);
    assert.strictEqual(end.layout.tables[0]?.rows[2].cells[3].text, '5.40');
  });

  it('cover lines, spaced sentences and a table title are no table', () => {
    const doc = parseReport(['填报单位：某县农业农村局    联系人：王某    联系电话：0734-1234567', '填报日期：2025年3月    审核人：李某    单位负责人：张某',
      '一、部门基本情况', '本单位  2024年  预算收入  58.59万元。', '全年  实际支出  50.36万元。', '表1  2024年度预算执行情况'].join('\n'));
    assert.strictEqual(doc.layout.tables.length, 0);
  });
});

describe('shapes: 小计 rows', () => {
  const rows = ['人员经费\t100.00\t98.00', '公用经费\t50.00\t45.00', '小计\t150.00\t143.00', '培训项目\t20.00\t18.00', '设备购置\t30.00\t27.00', '小计\t50.00\t45.00', '合计\t200.00\t188.00'];
  const draft = (body: string[]) => ['一、一般公共预算支出情况', '单位：万元', '项目名称\t全年预算数\t实际支出', ...body, '二、部门整体支出绩效情况', '无。'].join('\n');
  const found = (body: string[]) => {
    const text = draft(body);
    return lint(text).findings.map((f) => `${f.ruleId}@${text.slice(0, f.start).split('\n').length - 1}`);
  };

  it('each 小计 is the sum of its group, and the 合计 of the 小计 rows', () => {
    assert.deepStrictEqual(found(rows), []);
    assert.deepStrictEqual(found(rows.map((r) => r.replace('小计\t50.00', '小计\t52.00'))), ['amount.sum-mismatch@8'], 'the wrong 小计, not the 合计 that is right');
    assert.deepStrictEqual(found(rows.map((r) => r.replace('合计\t200.00', '合计\t202.00'))), ['amount.sum-mismatch@9']);
  });

  it('a table that opens each group with its 小计 has no group to check it against', () => {
    const opening = ['小计\t150.00\t143.00', '人员经费\t100.00\t98.00', '公用经费\t50.00\t45.00', '小计\t50.00\t45.00', '培训项目\t20.00\t18.00', '设备购置\t30.00\t27.00', '合计\t200.00\t188.00'];
    assert.deepStrictEqual(found(opening), []);
  });
});

describe('shapes: outlines we do not ship', () => {
  it('a third-party 评价报告 is checked in generic mode: numbering and sums, no missing parts', () => {
    const text = ['某县2023年度教育局部门整体支出绩效评价报告', '摘要', '本次评价得分88分。', '一、部门概况', '教育局内设股室8个。', '二、绩效目标', '目标明确。',
      '四、评价结论', '支出100万元，其中基本支出60万元，项目支出30万元。', '五、经验做法', '注重过程管理。'].join('\n');
    const r = lint(text);
    assert.strictEqual(r.doc.outline, undefined);
    // 四、 skips 三、, and 五、 goes on from it: one mistake, whose fix renumbers both; nothing says a part is missing.
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId).sort(), ['amount.sum-mismatch', 'section.numbering']);
    const skip = r.findings.find((f) => f.ruleId === 'section.numbering')!;
    assert.match(skip.message.zh, /应为“三、”，其后1个同级标题的编号随之顺延/);
    assert.deepStrictEqual(skip.fixes[0].edits.map((e) => e.newText), ['三、', '四、']);
  });

  it('a shipped outline with one part worded otherwise has that part, and says so as a hint', () => {
    const text = ['某单位2023年度部门整体支出绩效自评报告', ...ZHUZHOU_BODY.map((l) => l.replace('四、绩效管理存在的问题及下一步改进措施', '四、存在问题及整改方向'))].join('\n');
    const r = lint(text);
    assert.strictEqual(r.doc.outline?.name, 'zhuzhou-5');
    assert.ok(r.doc.outlineConfidence >= 0.8);
    assert.deepStrictEqual(r.findings.map((f) => `${f.ruleId}:${f.severity}`), ['section.title:hint']);
  });

  it('two parts under one heading (`存在的问题及原因分析和下一步改进措施`) are neither reworded nor missing', () => {
    const text = ['某社科联2024年度部门整体支出绩效自评报告', '一、部门基本情况', '本会内设机构3个，实有人数12人。', '二、一般公共预算支出情况',
      '2024年一般公共预算支出230.00万元，其中基本支出180.00万元，项目支出50.00万元。', '三、部门整体支出绩效情况', '完成课题研究18项。',
      '四、存在的问题及原因分析和下一步改进措施', '（一）存在的问题及原因', '预算编制不够精细。', '（二）下一步改进措施', '细化预算编制。',
      '五、其他需要说明的情况', '无。'].join('\n');
    const r = lint(text);
    assert.strictEqual(r.doc.outline?.name, 'hengyang-6');
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), []);
  });

  it('a 目录 entry cut short is its heading; a part the 目录 leaves out is marked in the 目录, where it belongs', () => {
    const toc = ['某图书馆2024年度部门整体支出绩效自评报告', '目录', '一、预算单位基本情况……1', '二、预算收支出情况（按单位预算口径）……1',
      '三、资金使用及绩效情况……2', '四、绩效管理存在的问题及下一步改进措施……3', '五、其他需要说明的情况……4'];
    const text = [...toc, ...ZHUZHOU_BODY].join('\n');
    assert.deepStrictEqual(lint(text).findings.map((f) => f.ruleId), [], 'a 目录 entry that is its heading cut short');
    const unlisted = lint(text.replace('二、预算收支出情况（按单位预算口径）……1\n', ''));
    assert.deepStrictEqual(unlisted.findings.map((f) => `${f.ruleId}:${unlisted.doc.lines.lines.findIndex((l) => l.start <= f.start && f.start <= l.end) + 1}`), ['section.toc-mismatch:4'],
      'on the entry the left-out part comes before');
    assert.ok(unlisted.findings[0].message.zh.startsWith('目录缺少正文第'), unlisted.findings[0].message.zh);
  });

  it('a spaced table row whose long name runs past its column\'s header into the gap is still in its columns', () => {
    const text = ['2024年项目支出如下：',
      '序号  项目名称                    资金来源        全年预算（万元）  实际支出（万元）',
      '1     科普活动经费                市级财政             38.00            36.42',
      '2     全国科普日及科技活动周                           18.50            18.50',
      '3     学会能力提升补助                                 12.00            11.20',
      '      合计                                             68.50            76.12', ''].join('\n');
    assert.deepStrictEqual(lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh),
      ['实际支出76.12万元与其组成之和66.12万元（36.42＋18.50＋11.20）不符，相差10.00万元']);
  });

  it('an HTML table headed 经济分类 | 金额（万元） | 主要用途 has a header, and its 合计 is checked', () => {
    const md = ['<table>', '<tr><td>经济分类</td><td>金额（万元）</td><td>主要用途</td></tr>', '<tr><td>工资福利支出</td><td>96.20</td><td>工资、津贴补贴等</td></tr>',
      '<tr><td>商品和服务支出</td><td>17.18</td><td>办公费、水电费等</td></tr>', '<tr><td>合计</td><td>115.38</td><td></td></tr>', '</table>', ''].join('\n');
    const sums = (t: string) => lint(t, { format: 'markdown' }).findings.filter((f) => f.ruleId === 'amount.sum-mismatch');
    assert.strictEqual(sums(md).length, 1);
    assert.deepStrictEqual(sums(md.replace('115.38', '113.38')), []);
  });

  it('`目录：` with a colon, over a Markdown list, is a 目录', () => {
    const md = ['# 某馆2024年度部门整体支出绩效自评报告', '', '目录：', '', ...ZHUZHOU_BODY.filter((l) => /^[一二三四五]、/.test(l)).map((l) => `- ${l}`), '', ...ZHUZHOU_BODY.map((l) => (/^[一二三四五]、/.test(l) ? `# ${l}` : l)), ''].join('\n');
    const r = lint(md, { format: 'markdown' });
    assert.ok(r.doc.layout.toc, 'the 目录 is read');
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), []);
  });

  it('a 目录 entry with a full stop, and a 目录 entry the body has as a numbered item, match their headings', () => {
    const toc = ['某馆2024年度部门整体支出绩效自评报告', '目录', '一、预算单位基本情况\t1', '二、预算收支出情况（按单位预算口径）\t1', '三、资金使用及绩效情况（包含单位管理的公共专项）\t2',
      '（一）整体支出绩效情况。\t2', '（二）项目支出绩效情况。\t2', '四、绩效管理存在的问题及下一步改进措施\t3', '五、其他需要说明的情况\t3'];
    const body = ZHUZHOU_BODY.map((l) => (l === '（二）项目支出绩效情况' ? '（二）项目支出绩效情况。' : l));
    assert.deepStrictEqual(lint([...toc, ...body].join('\n')).findings.map((f) => f.ruleId), []);
  });

  it('a project report whose parts share titles with a department outline is still generic', () => {
    const text = ['某县2024年度农村公路养护项目支出绩效自评报告', '一、基本情况', '项目由县交通运输局实施。', '二、项目资金使用情况', '项目预算100万元，实际支出98万元，结余结转2万元。',
      '三、绩效目标完成情况', '完成养护里程120公里。', '四、存在的问题及原因分析', '部分路段养护不及时。', '五、下一步改进措施', '加强巡查。', '六、其他需要说明的情况', '无。'].join('\n');
    const r = lint(text);
    assert.strictEqual(r.doc.outline, undefined);
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), []);
    const untitled = lint(text.split('\n').slice(1).join('\n'));
    assert.strictEqual(untitled.doc.outline, undefined, 'shared titles alone recognise nothing');
  });

  it('an excerpt cut in mid-sentence reports no part missing after its end; a finished draft does', () => {
    const cut = [...ZHUZHOU_BODY.slice(0, 8), '对应项目资金已全部拨付到位，主要用于档案数字化和'].join('\n');
    assert.deepStrictEqual(lint(cut).findings.filter((f) => f.ruleId === 'section.missing'), []);
    const finished = ZHUZHOU_BODY.slice(0, 11).join('\n');
    assert.deepStrictEqual(lint(finished).findings.filter((f) => f.ruleId === 'section.missing').map((f) => f.missingPart), ['五']);
  });

  it('an opening cut after a list item, on a bare heading or inside a table says nothing of what follows', () => {
    const ids = (text: string) => lint(text).findings.map((f) => f.ruleId);
    const list = [...ZHUZHOU_BODY.slice(0, 2), '主要职责：', '1、负责全区档案的收集、整理和保管；', '2、负责档案的利用和编研；'].join('\n');
    assert.deepStrictEqual(ids(list), []);
    const colon = [...ZHUZHOU_BODY.slice(0, 4), '主要职责如下：'].join('\n');
    assert.deepStrictEqual(ids(colon), []);
    const bare = [...ZHUZHOU_BODY.slice(0, 5), '（一）整体支出绩效情况', ''].join('\n');
    assert.deepStrictEqual(ids(bare), [], 'the last heading\'s text is to come, and so are the parts after it');
    const table = [...ZHUZHOU_BODY.slice(0, 4), '单位：万元', '项目\t预算数\t实际支出', '人员经费\t80.20\t79.88', '公用经费\t18.00\t17.42'].join('\n');
    assert.deepStrictEqual(ids(table), []);
  });

  it('a finished draft ending on its signature, or on its last part left bare, is checked to the end', () => {
    const signed = [...ZHUZHOU_BODY.slice(0, 11), '', '株洲市某区档案馆', '2024年3月15日'].join('\n');
    assert.deepStrictEqual(lint(signed).findings.filter((f) => f.ruleId === 'section.missing').map((f) => f.missingPart), ['五']);
    const lastBare = [...ZHUZHOU_BODY.slice(0, 12)].join('\n');
    assert.deepStrictEqual(lint(lastBare).findings.map((f) => f.ruleId), ['section.empty']);
    const middleBare = [...ZHUZHOU_BODY.slice(0, 10), ...ZHUZHOU_BODY.slice(11)].join('\n');
    assert.deepStrictEqual(lint(middleBare).findings.map((f) => f.ruleId), ['section.empty']);
  });

  it('with no outline, `1、 ` before `（一）` and `二、` is part 一 numbered by Word: a style slip, not a list item', () => {
    const text = ['某县团委2024年度工作总结', '1、 基本概况', '（一）职能', '团县委是县委领导的群团组织。', '（二）人员', '实有人数9人。', '二、支出情况', '全年支出88.20万元。'].join('\n');
    const r = lint(text);
    assert.strictEqual(r.doc.outline, undefined);
    assert.deepStrictEqual(r.findings.map((f) => [f.ruleId, text.slice(f.start, f.end)]), [['section.numbering', '1、']]);
    const list = ['某县团委2024年度工作总结', '一、基本概况', '主要职责：', '1、 组织青年活动', '2、 联系青年组织', '二、支出情况', '全年支出88.20万元。'].join('\n');
    assert.deepStrictEqual(lint(list).findings.map((f) => f.ruleId), [], 'items under part 一 stay items');
  });

  it('one heading is a guess for completion, never an outline to check against', () => {
    const doc = parseReport('某单位2024年度部门整体支出绩效自评报告\n一、预算单位基本情况\n');
    assert.strictEqual(doc.outline, undefined);
    assert.strictEqual(doc.outlineGuess?.name, 'zhuzhou-5');
  });
});

describe('shapes: a numbering style used throughout', () => {
  it('`一.` for every part is the draft\'s style; one `一.` among `一、` is a slip', () => {
    const dotted = ZHUZHOU_BODY.map((l) => l.replace(/^([一二三四五])、/, '$1.')).join('\n');
    assert.deepStrictEqual(lint(dotted).findings.map((f) => f.ruleId), []);
    const mixed = ZHUZHOU_BODY.map((l) => l.replace(/^四、/, '四.')).join('\n');
    assert.deepStrictEqual(lint(mixed).findings.map((f) => f.ruleId), ['section.numbering']);
  });
});

describe('shapes: punctuation as web pages store it', () => {
  it('reads ,():; as Chinese punctuation in headings, breakdowns and fund lines', () => {
    const ascii = ['一、预算单位基本情况', '本单位编制45人,其中行政编制20人,事业编制25人;年末实有人数43人,退休人员12人.',
      '二、预算收支出情况(按单位预算口径)', '2023年支出58.59万元,其中基本支出46.64万元,项目支出0.87万元,结余结转11.08万元.',
      '(一)整体支出绩效情况', '项目"档案修复"年初预算金额6.03万元,年中调减0.31万元,实际支出0.87万元,结余结转4.95万元.'].join('\n');
    const r = lint(ascii, { outline: 'zhuzhou-5' });
    const sums = r.findings.filter((f) => f.ruleId === 'amount.sum-mismatch');
    assert.strictEqual(sums.length, 1, sums.map((f) => f.message.zh).join('\n'));
    assert.ok(sums[0].message.zh.includes('档案修复'));
  });
});

describe('shapes: lines around a project\'s items', () => {
  it('`以上4个项目合计实际支出…` after the last item sums up the projects; it is no sub-item of the last one', () => {
    const text = [...ZHUZHOU_BODY.slice(0, 7),
      '（二）项目支出绩效情况',
      '1．项目“乡村医生补助”年初预算金额100.00万元，上级转移支付20.00万元，实际支出118.00万元，结余结转2.00万元。项目实施及绩效情况如下：',
      '（1）补助全县乡村医生212人，资金全部通过“一卡通”发放，发放准确率100%。',
      '2．项目“医疗卫生机构能力建设”年初预算金额260.00万元，上级转移支付180.00万元，实际支出392.30万元，结余结转47.70万元。项目实施及绩效情况如下：',
      '（1）资金用于6个乡镇卫生院的设备购置，结余47.70万元为设备尾款，将于2025年上半年支付。',
      '以上2个项目合计实际支出510.30万元，结余结转49.70万元。',
      ...ZHUZHOU_BODY.slice(9)].join('\n');
    const ids = lint(text).findings.filter((f) => f.ruleId === 'amount.sum-mismatch').map((f) => f.message.zh);
    assert.deepStrictEqual(ids, []);
  });
});


describe('shapes: a 合计 column summed across', () => {
  const body = (rows: string[]) => ['一、部门基本情况', '本单位收入情况如下表。', '单位：万元', ...rows, '二、部门整体支出绩效情况', '无。'].join('\n');
  it('another year\'s column after the parts ends them: the row that does not add up is found, named', () => {
    const r = lint(body(['科目\t合计\t财政拨款\t其他资金\t上年决算数', '行政运行\t300.00\t280.00\t20.00\t290.00', '事业运行\t150.00\t150.00\t0.00\t140.00', '业务经费\t60.00\t50.00\t12.00\t55.00']));
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), ['amount.sum-mismatch']);
    assert.match(r.findings[0].message.zh, /^“业务经费”合计60\.00万元与其组成之和62\.00万元/);
  });
  it('a header giving a kind and its items on one line is not summed across: no reading is guessed', () => {
    const r = lint(body(['科目\t合计\t基本支出\t人员经费\t公用经费\t项目支出', '行政运行\t300.00\t300.00\t250.00\t50.00\t0.00', '业务经费\t60.00\t0.00\t0.00\t0.00\t60.00', '事业运行\t150.00\t120.00\t100.00\t20.00\t30.00']));
    assert.deepStrictEqual(r.findings.map((f) => f.ruleId), []);
  });
});
