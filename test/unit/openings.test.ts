import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/engine';
import { loadFixture } from '../harness/fixture';

/**
 * The opening of every clean fixture, as a reviewer sees a report shown only in part: cut at the
 * end of a line and in mid-line, at nine points each. What is there is right, so it must stay
 * clean (no warning or error). The one finding an opening may get is the draft's last part missing (or the 目录's last
 * entry absent, or the last part empty when the text stops on its heading): a text that stops after a
 * whole paragraph of its second-to-last part looks like a draft that left out its last part, which
 * drafters do, and that is still reported.
 */
const ROOT = path.resolve(__dirname, '../../../test/fixtures/clean');

function openings(text: string): Array<{ at: number; text: string }> {
  const lines = text.split('\n');
  const at = new Set<number>();
  for (let p = 1; p < 10; p++) at.add(lines.slice(0, Math.floor((lines.length * p) / 10)).join('\n').length);
  for (let p = 1; p < 10; p++) at.add(Math.floor(text.length * (p / 10 + 0.037)));
  return [...at].filter((n) => n > 0 && n < text.length).map((n) => ({ at: n, text: text.slice(0, n) }));
}

describe('openings: a clean draft cut anywhere stays clean', () => {
  const files = fs.readdirSync(ROOT).filter((f) => /\.(txt|md)$/.test(f)).sort();

  it('has clean fixtures to cut', () => assert.ok(files.length >= 30, `${files.length} clean fixtures`));

  for (const file of files) {
    it(file, () => {
      const { text, options } = loadFixture(path.join(ROOT, file));
      const extra: string[] = [];
      for (const o of openings(text)) {
        const r = lint(o.text, options);
        const lastPart = r.doc.outline?.parts[r.doc.outline.parts.length - 1].path;
        const lastEntry = r.doc.layout.toc?.entries[r.doc.layout.toc.entries.length - 1];
        for (const f of r.findings) {
          // As for a whole clean draft: warnings and errors (a seal mark left in is information).
          if (f.severity !== 'error' && f.severity !== 'warning') continue;
          if (f.ruleId === 'section.missing' && f.missingPart === lastPart) continue;
          // On the entry's line (a finding's offsets are the user's text's, a Markdown 目录's the model's).
          if (f.ruleId === 'section.toc-mismatch' && lastEntry && o.text.slice(0, f.start).split('\n').length - 1 === lastEntry.line) continue;
          // Stopped right on the last part's heading, the text is a draft whose last part was left
          // empty, which drafters do: reported, as for a whole draft.
          if (f.ruleId === 'section.empty' && o.text.slice(f.end).trim() === '') continue;
          extra.push(`cut at ${o.at}: ${f.ruleId} ${f.message.zh}`);
        }
      }
      assert.deepStrictEqual(extra, []);
    });
  }
});

describe('openings copied from a web page or a PDF', () => {
  const found = (text: string) => lint(text).findings.filter((f) => f.severity !== 'information').map((f) => `${f.ruleId} ${f.message.zh}`);

  it('a project\'s information table flattened with single spaces (`项目名称 …`, `单位负责人 … 联系电话 …`) has no stray spaces', () => {
    const text = ['一、项目基本情况', '（一）项目基本信息', '项目名称 2023年度城区环卫保洁市场化服务经费', '主管部门 湘源县城市管理和综合执法局 实施单位 湘源县环境卫生服务中心',
      '单位负责人 覃海波 联系电话 0745-2268034', '项目实施期为2023年1月至12月，由县环境卫生服务中心组织实施。'].join('\n');
    assert.deepStrictEqual(found(text), []);
    assert.strictEqual(found('本项目由县环境卫生服务中心 组织实施，全年运转正常。').length, 1, 'a space inside a sentence still is one');
  });

  it('a total that names its own thing may sum the figure the sentence before on its line said', () => {
    const text = '2024年年初预算安排县级医疗救助资金320.20万元。年内先后收到中央财政医疗救助补助资金802.00万元、省级财政医疗救助补助资金264.00万元，全年医疗救助资金总额1386.20万元，全部到位。';
    assert.deepStrictEqual(found(text), []);
    assert.strictEqual(found(text.replace('1386.20', '1026.20')).length, 1, 'a total below its parts still is wrong');
  });

  it('sub-parts named the drafter\'s way, as many as the outline\'s, leave none missing', () => {
    const text = ['雁塘县档案馆2023年度部门整体支出绩效自评报告', '一、部门基本情况', '（一）单位基本信息', '单位名称', '雁塘县档案馆', '编制人数', '12人',
      '（二）主要职能', '县档案馆负责接收、征集、整理、保管和提供利用档案资料。', '二、一般公共预算支出情况', '2023年支出281.34万元，其中基本支出231.05万元，项目支出50.29万元。',
      '三、部门整体支出绩效情况', '（一）预算编制及执行情况', '2023年部门预算编制做到了应编尽编。'].join('\n');
    assert.deepStrictEqual(found(text).filter((f) => f.startsWith('section.missing')), []);
  });

  it('a score table flattened with single spaces (`产出指标 数量指标 … ≥120个 126个 15 15`) has no stray spaces', () => {
    const text = ['一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施', '产出指标 数量指标 关爱服务站点覆盖村数 ≥120个 126个 15 15',
      '社会效益指标 “爱心妈妈”结对帮扶人数 ≥500人 472人 10 8 部分志愿者外出务工，下年度扩大招募范围'].join('\n');
    assert.deepStrictEqual(found(text).filter((f) => f.startsWith('text.spacing')), []);
  });

  it('a whole table flattened onto one line has no stray spaces', () => {
    const text = '项目 上年决算 本年预算 本年决算 增减额 因公出国（境）费 0.00 0.00 0.00 0.00 公务用车购置及运行维护费 6.20 5.80 5.35 -0.85 公务接待费 1.12 1.00 0.86 -0.26 合计 7.32 6.80 6.21 -1.11';
    assert.deepStrictEqual(found(text).filter((f) => f.startsWith('text.spacing')), []);
  });
});
