import type { ReportDocument } from '../model/report';
import { SourceText, toSource } from '../model/source';
import { isCjk } from '../model/text';
import { FindingWithFixesLater } from './lazy-fixes';
import { Finding, Fix, msg, Rule } from './types';
import { notReportWords } from '../model/layout';

/** A space, a full-width space or a no-break space. */
const isSpace = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;
/** The characters that open a quote, a title or a 【】 label (`quotedByCharacter` counts them). */
const OPENS_QUOTE = /[\u201c\u300a"\u3010]/;

/**
 * Whether each character of a line is inside quotes or a title, by character (a surrogate pair
 * is one entry), read by code in the document's text instead of one string per character.
 */
function quotedByCharacter(text: string, start: number, end: number): boolean[] {
  let depth = 0;
  const quoted: boolean[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    if (c === 0x201c || c === 0x300a || c === 0x22 || c === 0x3010) depth++;
    quoted.push(depth > 0);
    if (c === 0x201d || c === 0x300b || c === 0x3011) depth = Math.max(0, depth - 1);
  }
  return quoted;
}

/**
 * Spaces put there on purpose, not slips of typing:
 * - two or more, or a full-width space: columns aligned by hand, a caption's gap (`表1  项目资金`);
 * - spaces between single characters: a label spaced out to the width of the others
 *   (`联 系 人：`, `日 期：`) or a title spaced out (`绩 效 自 评`);
 * - the space after a table's or figure's number (`表1 项目资金来源`, `附件2 绩效目标表`).
 */
const SPACED_OUT = /^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}|^[\u4e00-\u9fff] [\u4e00-\u9fff]\s*[:：]/;
const CAPTION = /^\s*(?:附表|附图|附件|表|图)\s*(?:[0-9０-９一二三四五六七八九十]+(?:[-—.．][0-9０-９]+)?)?$/;

function deliberate(text: string, i: number, j: number): boolean {
  if (j - i > 1 || text[i] === '\u3000') return true;
  // The run of single characters and spaces this space stands in; a few steps back are enough (a
  // line of thousands of spaced characters must not be walked again for each of its spaces).
  let a = i - 1;
  for (let steps = 0; steps < 4 && a >= 2 && text[a - 1] === ' ' && isCjk(text[a - 2]); steps++) a -= 2;
  if (SPACED_OUT.test(text.slice(a, j + 8))) return true;
  // `表1 2023年度收入情况表 单位：万元`: the unit said after a caption.
  if (/^单位[：:]/.test(text.slice(j, j + 3))) return true;
  // A caption's number opens its line; so does a budget subject's code (`2070250 事业运行`).
  return i <= 12 && (CAPTION.test(text.slice(0, i)) || SUBJECT_CODE.test(text.slice(0, i)));
}

/**
 * A table row a PDF's copy flattened with single spaces: a name and two figures or more
 * (`一般公共预算财政拨款 1,596.40 1,684.32`), or a header of short words only (`项目名称 预算数 实际支出
 * 执行率`). Its spaces are the table's columns.
 */
const FIGURES_ROW = /^\s*[^\s，。；：,;:]{1,20}(?: [-－]?[0-9０-９][0-9０-９,，.．]*[%％]?){2,}\s*$/;
const HEADER_ROW = /^\s*[\u4e00-\u9fff（）()]{2,8}(?: [\u4e00-\u9fff（）()0-9]{2,8}){2,}\s*$/;
/** A web page's chrome copied with the article (`分享到：微信 微博`, `【大】【中】【小】`). */
const CHROME = /^\s*(分享到|字号|【大】|打印本页|当前位置|您当前的位置|您现在的位置|首页\s*[>＞])/;
/**
 * A project's information table flattened the same way (`项目名称 2023年度城区环卫保洁…`, `主管部门 湘源县…局
 * 实施单位 湘源县…中心`, `项目负责人 曾庆华 联系电话 0745-…`): a line opening with one of its field names.
 */
const FIELD_ROW = /^\s*(?:项目名称|主管部门|实施单位|(?:单位|项目)?负责人|联系人|联系电话|单位名称|预算单位|填报单位|项目单位|项目类型|项目性质|资金来源|项目期限|实施期限|项目地点)[ \u3000]/;
/** A score table's row flattened so (`产出指标 数量指标 关爱服务站点覆盖村数 ≥120个 126个 15 15`): cells of 指标, three spaces or more. */
const INDICATOR_CELL = /(?:^|[ \u3000])[^\s]{0,10}指标(?:[ \u3000]|$)/;
const indicatorRow = (text: string) => INDICATOR_CELL.test(text) && (text.trim().match(/[ \u3000]/g)?.length ?? 0) >= 3;
/** A whole table flattened onto one line (`项目 上年决算 本年预算 … 合计 7.32 6.80 6.21 -1.11`): six figures or more set off by spaces, no stop. */
const figuresTable = (text: string) => !/[，。；,;]/.test(text) && (text.match(/ [-－]?[0-9０-９][0-9０-９,.．]*(?= |$)/g)?.length ?? 0) >= 6;
const flattenedRow = (text: string) => FIGURES_ROW.test(text) || HEADER_ROW.test(text) || CHROME.test(text) || FIELD_ROW.test(text) || indicatorRow(text) || figuresTable(text);

/** A 功能分类科目 code before its name: three digits or more, alone before the space. */
const SUBJECT_CODE = /^\s*[0-9]{3,}$/;

/** The fix of a stray space: the spaces go (made when first read: a finding's place is enough). */
const removeSpace = (_: undefined, start: number, end: number): Fix[] => [{ title: msg('删除多余空格', 'Remove the space'), edits: [{ start, end, newText: '' }], preferred: true }];

/**
 * `人员经费 **182.36万元**`: a space beside Markdown's emphasis marks is how many write them (some
 * renderers need it), not a slip of typing. Seen in the source: markup sits next to the space.
 */
function besideMarkup(src: SourceText, start: number, end: number): boolean {
  if (src.view === src.source) return false;
  return toSource(src, end) - toSource(src, start) !== end - start || toSource(src, start) - toSource(src, start - 1) !== 1;
}

/**
 * `合计 562.84 万元`, `人员经费 284.19 万元`: a draft that sets its figures off with spaces (two of
 * them or more, and a third of all) does so by style (a web page, a typesetting habit), not by slip.
 */
function figuresSpacedByStyle(doc: ReportDocument): boolean {
  let spaced = 0;
  let money = 0;
  for (const a of doc.amounts) {
    if (a.kind !== 'money' || a.cell) continue;
    money++;
    if (/[ \u00a0]/.test(doc.text[a.start - 1] ?? '') || /^[ \u00a0]/.test(doc.text.slice(a.unitStart - 1, a.unitStart))) spaced++;
  }
  return spaced >= 2 && spaced * 3 >= money;
}

/**
 * Stray spaces inside Chinese text (`三八红旗手8 名`). Spaces inside quotes and titles are the
 * author's (`“看变化 促融合 建新功”`), and indentation or the space after a heading number is not
 * inside the text.
 */
const digitOrCjk = (c: string) => isCjk(c) || /[0-9０-９]/.test(c);
/** `第一节`, `第三章`, `第二部分` opening a line: a heading's number. */
const ORDINAL_HEAD = /^[ \t\u3000]*第[一二三四五六七八九十0-9０-９]{1,3}(?:节|章|部分|篇)[ \t\u3000]*/;

/** `**（衡南县农业机械化服务中心 2022年度）**`: a short line of the cover, laid out with spaces, not prose. */
const coverLayout = (doc: ReportDocument, line: number, text: string) => line < doc.coverEndLine && text.trim().length <= 40 && !/[，。；,;]/.test(text);

export const textSpacing: Rule = {
  id: 'text.spacing',
  defaultSeverity: 'hint',
  tags: ['text'],
  fixSafety: 'mechanical',
  description: msg('中文文字中间多余的空格', 'Stray spaces inside Chinese text'),
  check(doc) {
    const findings: Finding[] = [];
    const numbered = new Map(doc.entries.filter((e) => e.number).map((e) => [e.line, e.number!.end]));
    let byStyle: boolean | undefined;
    // A row of a table lined up with spaces: a long cell leaves one space before the next column.
    const aligned = new Set<number>();
    for (const t of doc.layout.tables) if (t.shape === 'space') for (const line of t.lines) aligned.add(line);
    for (const l of doc.lines.lines) {
      // A 目录 line is a heading written again with its leader and page, not text.
      if (notReportWords(doc.layout, l.index) || aligned.has(l.index) || coverLayout(doc, l.index, l.text)) continue;
      // (The row patterns only for a line with a space inside: most lines have none.)
      if (!/[ \u3000\u00a0]/.test(l.text.trim()) || flattenedRow(l.text)) continue;
      // Without an opening quote or title mark nothing on the line is quoted (a table's rows, mostly).
      const text = l.text;
      const quoted = OPENS_QUOTE.test(l.text) ? quotedByCharacter(doc.text, l.start, l.end) : undefined;
      // (`第一节 产出指标完成情况`: a heading's 第…节 is its number, whatever level the outline reads.)
      const from = numbered.get(l.index) ?? ORDINAL_HEAD.exec(text)?.[0].length ?? 0;
      // A run of spaces at a time, by character code: most runs (a table's columns) fail the first
      // tests, and a match object made for each was most of this rule's cost on a long table.
      for (let i = 0; i < text.length; i++) {
        if (!isSpace(text.charCodeAt(i))) continue;
        let j = i + 1;
        while (j < text.length && isSpace(text.charCodeAt(j))) j++;
        const run = i;
        i = j;
        if (run < from || run === 0 || j >= text.length || quoted?.[run]) continue;
        const before = text[run - 1];
        const after = text[j];
        if (!((isCjk(before) && digitOrCjk(after)) || (digitOrCjk(before) && isCjk(after)))) continue;
        // `2024年  月  日` is a blank date (template.placeholder), not a typing slip.
        if ((before === '年' && after === '月') || (before === '月' && after === '日')) continue;
        if (deliberate(text, run, j) || besideMarkup(doc.input, l.start + run, l.start + j)) continue;
        if (!(isCjk(before) && isCjk(after)) && (byStyle ??= figuresSpacedByStyle(doc))) continue;
        const spaces = text.slice(run, j);
        const start = l.start + run;
        const message = msg(`“${before}${spaces}${after}”中间有多余的空格`, `A stray space in "${before}${spaces}${after}"`);
        findings.push(new FindingWithFixesLater(this.id, start, start + spaces.length, message, undefined, undefined, removeSpace));
      }
    }
    return findings;
  },
};
