import { notReportWords } from '../model/layout';
import { forEachMatch } from '../model/text';
import { FindingWithFixesLater } from './lazy-fixes';
import { Finding, Fix, msg, Rule } from './types';

/** Half-width marks and the full-width ones Chinese text writes for them. */
const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };
/**
 * A half-width mark between Chinese words (`3次,检查农资门店`): after a Chinese character, a
 * closing bracket or quote, or a percentage; before a Chinese character or an opening one. Not in a
 * figure (`1,234.56`), a time (`8:30`), a telephone number (`电话:0731…`) or a web address.
 */
// (`开工,11月底前完成`: a comma or semicolon before a figure too; a colon before one may be a telephone's.)
const HALF_IN_CHINESE = /(?<=[\u4e00-\u9fff）”%％])(?:[,;:?!](?=[\u4e00-\u9fff（“])|[,;](?=[0-9０-９]))/g;
const FULL_MARKS = /[，；：？！]/g;
/** `教学点(村小)食堂`: half-width brackets round Chinese words, between Chinese words (not `(1)`, `(PM2.5)`). */
const HALF_BRACKETS = /(?<=[\u4e00-\u9fff])\(([^()\n]{1,30})\)(?=[\u4e00-\u9fff，。；、：）”]|$)/g;
const CHINESE_NOT_LATIN = /^(?=.*[\u4e00-\u9fff])[^A-Za-z]*$/;

/** How many of the draft's marks between Chinese words may be half-width for it to be a slip: 1 in 10. */
const SLIP_SHARE = 10;
/** Full-width marks a draft needs before a half-width one is out of its style. */
const MIN_FULL = 20;
const FULL_BRACKET = /（/g;
/** Brackets are fewer than commas: a few full-width pairs, and at least three times the half-width ones. */
const MIN_FULL_BRACKETS = 3;
const BRACKET_SLIP_SHARE = 3;

const fullBrackets = (_: undefined, start: number, end: number): Fix[] => [{
  title: msg('改为全角括号“（）”', 'Write full-width brackets （）'),
  edits: [{ start, end: start + 1, newText: '（' }, { start: end - 1, end, newText: '）' }],
  preferred: true,
}];

const replaceMark = (mark: string, start: number, end: number): Fix[] => [{
  title: msg(`改为全角“${FULL_WIDTH[mark]}”`, `Write the full-width "${FULL_WIDTH[mark]}"`),
  edits: [{ start, end, newText: FULL_WIDTH[mark] }],
  preferred: true,
}];

/**
 * `…检查3次,检查农资门店…` in a draft that writes `，` everywhere else: the half-width mark is a slip
 * of the input method. A draft written with half-width marks throughout (some offices' habit, or a
 * copy that converted them) keeps its style: only a mark against the draft's own is reported.
 */
export const textPunctuation: Rule = {
  id: 'text.punctuation',
  defaultSeverity: 'hint',
  tags: ['text'],
  fixSafety: 'mechanical',
  description: msg('全角标点的文稿中夹杂半角标点（如“3次,检查”“教学点(村小)”）', 'A half-width mark in a draft written with full-width ones (3次,检查; 教学点(村小))'),
  check(doc) {
    const half: Array<{ start: number; mark: string; end?: number }> = [];
    let full = 0;
    let fullPairs = 0;
    for (const l of doc.lines.lines) {
      // A 目录 line is a heading written again with its leader and page, not text.
      if (notReportWords(doc.layout, l.index)) continue;
      forEachMatch(FULL_MARKS, l.text, () => full++);
      if (l.text.includes('（')) forEachMatch(FULL_BRACKET, l.text, () => fullPairs++);
      if (l.text.includes('(')) {
        forEachMatch(HALF_BRACKETS, l.text, (m) => {
          if (CHINESE_NOT_LATIN.test(m[1])) half.push({ start: l.start + m.index, mark: m[0], end: l.start + m.index + m[0].length });
        });
      }
      if (!/[,;:?!]/.test(l.text)) continue;
      forEachMatch(HALF_IN_CHINESE, l.text, (m) => half.push({ start: l.start + m.index, mark: m[0] }));
    }
    if (half.length === 0 || full < MIN_FULL || half.length * SLIP_SHARE > full) return [];
    // Brackets are a style of their own: a draft that writes `(按单位预算口径)` throughout, with full-width
    // commas, keeps it. A half-width pair is a slip only where full-width ones are the draft's.
    const halfBrackets = half.filter((h) => h.end !== undefined).length;
    const bracketsFull = fullPairs >= MIN_FULL_BRACKETS && halfBrackets * BRACKET_SLIP_SHARE <= fullPairs;
    const findings: Finding[] = [];
    for (const { start, mark, end } of half) {
      if (end !== undefined) {
        if (!bracketsFull) continue;
        const message = msg(`此处用了半角括号“${mark}”，全文其余处均为全角括号`, `Half-width brackets "${mark}" where the draft writes full-width ones`);
        findings.push(new FindingWithFixesLater(this.id, start, end, message, undefined, undefined, fullBrackets));
        continue;
      }
      const message = msg(`此处用了半角“${mark}”，全文其余处均为全角“${FULL_WIDTH[mark]}”`, `A half-width "${mark}" where the draft writes "${FULL_WIDTH[mark]}"`);
      findings.push(new FindingWithFixesLater(this.id, start, start + 1, message, undefined, mark, replaceMark));
    }
    return findings;
  },
};
