import { wrapsInto } from '../model/text';
import { cutShortAt } from '../model/sections';
import { Finding, msg, Rule } from './types';
import { notReportWords } from '../model/layout';

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '《': '》', '「': '」', '『': '』', '[': ']' };
const CLOSERS: Record<string, string> = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));

/**
 * The characters this rule pairs. One pattern for every line (a pattern written in the loop was
 * compiled anew for each line), run with exec: matchAll copied it on every call.
 */
/** What stands before a list number's closing bracket at a line's start: `1`, `a`, `三`. */
const LIST_NUMBER = /^[\s\u3000]*(?:[0-9０-９]{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})$/;
const QUOTE_RE = /[“”"（）()【】《》「」『』\[\]]/g;

interface Open {
  ch: string;
  at: number;
}

/**
 * Quotes and brackets pair within a paragraph. Chinese quotes open with “ and close with ”; an
 * ASCII " paired with a Chinese quote is a mix-up (`项目“"三八”`).
 */
/** The words around a character, as the drafter can find them: `…擦亮“五张产业名片，在…`. */
function context(text: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 8 && text[from - 1] !== '\n') from--;
  let to = at + 1;
  while (to < text.length && to - at < 12 && text[to] !== '\n' && text[to] !== '\r') to++;
  return `${from > 0 && text[from - 1] !== '\n' ? '…' : ''}${text.slice(from, to)}${to < text.length && text[to] !== '\n' && text[to] !== '\r' ? '…' : ''}`;
}

/** A table line whose next line, indented, is of the same table: a cell's words wrapped onto it. */
function cellWrapsOn(doc: Parameters<Rule['check']>[0], line: number): boolean {
  const next = doc.lines.lines[line + 1];
  return doc.layout.kinds.get(line) === 'table' && next !== undefined && doc.layout.kinds.get(line + 1) === 'table' && /^[ \t\u3000]+\S/.test(next.text);
}

export const textUnbalancedQuote: Rule = {
  id: 'text.unbalanced-quote',
  defaultSeverity: 'warning',
  tags: ['text'],
  fixSafety: 'mechanical',
  description: msg('引号或括号不配对，或中英文引号混用', 'Quotes or brackets that do not pair, or ASCII and Chinese quotes mixed'),
  check(doc) {
    const findings: Finding[] = [];
    const report = (at: number, zh: string, en: string, fix?: { text: string; title: [string, string] }) => {
      const where = context(doc.text, at);
      findings.push({
        ruleId: this.id,
        start: at,
        end: at + 1,
        message: msg(`${zh}：${where}`, `${en}: ${where}`),
        fixes: fix ? [{ title: msg(fix.title[0], fix.title[1]), edits: [{ start: at, end: at + 1, newText: fix.text }], preferred: true }] : [],
      });
    };
    let quotes: Open[] = [];
    let brackets: Open[] = [];
    let carried = false;
    const lines = doc.lines.lines;
    const cutLine = cutShortAt(doc);
    for (const l of lines) {
      // A 目录 line is a heading written again with its leader and page, not text.
      if (notReportWords(doc.layout, l.index)) continue;
      // The blank line between a wrapped line and the rest of its sentence.
      if (carried && l.text.trim() === '') continue;
      carried = false;
      QUOTE_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = QUOTE_RE.exec(l.text)) !== null) {
        const ch = m[0];
        const at = l.start + m.index;
        if (ch === '“') quotes.push({ ch, at });
        else if (ch === '"') {
          const top = quotes[quotes.length - 1];
          if (top?.ch === '"') quotes.pop();
          else quotes.push({ ch, at });
        } else if (ch === '”') {
          const top = quotes.pop();
          if (!top) report(at, '右引号 ” 没有对应的左引号', 'The closing quote ” has no opening quote');
          else if (top.ch === '"') {
            report(top.at, '英文引号 " 与中文右引号 ” 混用，应使用中文左引号 “', 'An ASCII quote " is paired with a Chinese ”; use the Chinese opening quote “', {
              text: '“', title: ['改为中文左引号 “', 'Use the Chinese quote “'],
            });
          }
        } else if (PAIRS[ch]) brackets.push({ ch, at });
        else if (CLOSERS[ch]) {
          const top = brackets[brackets.length - 1];
          // (`1）传染病防控：…`: a list's number with its one bracket, opening the line.)
          if (!top && (ch === '）' || ch === ')') && m.index <= 8 && LIST_NUMBER.test(l.text.slice(0, m.index))) continue;
          if (top && PAIRS[top.ch] === ch) brackets.pop();
          else if (top && (CLOSERS[ch] === '(' || CLOSERS[ch] === '（') && (top.ch === '(' || top.ch === '（')) {
            brackets.pop();
            report(at, `括号 ${top.ch} 与 ${ch} 全角半角混用`, `The brackets ${top.ch} and ${ch} mix full and half width`, {
              text: PAIRS[top.ch], title: [`改为 ${PAIRS[top.ch]}`, `Change to ${PAIRS[top.ch]}`],
            });
          } else report(at, `右括号 ${ch} 没有对应的左括号`, `The closing bracket ${ch} has no opening bracket`);
        }
      }
      // A line cut in mid-sentence (a PDF copied to text, a hard-wrapped draft) goes on in the
      // next: what it leaves open may close there (`…通过“一` / `卡通”平台发放`).
      // (So does a table row's name wrapped under its column: `1  中小河流治理项目（沩水  1,320.00…` / `   支流白石段）`.)
      if ((quotes.length || brackets.length) && (wrapsInto(lines, l.index) !== undefined || cellWrapsOn(doc, l.index))) {
        carried = true;
        continue;
      }
      // The line a text is cut in (an opening, a draft being typed) closes after the cut.
      if (l.index === cutLine) break;
      for (const q of quotes) {
        if (q.ch === '"') continue;
        report(q.at, '左引号 “ 没有对应的右引号', 'The opening quote “ is never closed');
      }
      for (const b of brackets) report(b.at, `左括号 ${b.ch} 没有对应的右括号`, `The opening bracket ${b.ch} is never closed`);
      quotes = [];
      brackets = [];
    }
    return findings;
  },
};
