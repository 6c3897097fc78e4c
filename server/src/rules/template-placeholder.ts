import { forEachMatch } from '../model/text';
import { FindingWithFixesLater } from './lazy-fixes';
import { Finding, Fix, msg, Rule, Severity } from './types';
import { Taken } from './util';

interface Pattern {
  re: RegExp;
  what: string;
  whatEn: string;
  severity?: Severity;
  removable?: boolean;
}

/**
 * `（此处填写…）`, `（请填写本单位情况）`, `（填写项目名称）`, `【此处说明原因】`, `【请补充公开时间】`,
 * `（此处插入表格）`: a short note to fill in
 * (template.instruction takes the long ones).
 * `（请见附表2说明）` points to the report's own text.
 */
export const FILL_IN_NOTE = /[（(【]\s*(?:此处|请|(?=填写|填报))(?![^（）()【】]{0,30}[见阅])[^（）()【】]{0,20}(?:填写|填报|说明|补充|插入)[^（）()【】]{0,10}[）)】]/g;

// Latin letters next to an X make it a word (`理XIANG青年`, `XXL`), never a placeholder; digits on
// both sides, a number masked (`139XXXX6025`, `4304261958XXXX2716`).
const PATTERNS: Pattern[] = [
  { re: /(?<![A-Za-z0-9０-９])[XxＸｘ×]{2,}(?![A-Za-z])|(?<=[0-9０-９])[XxＸｘ×]{2,}(?![A-Za-z0-9０-９])/g, what: '占位符', whatEn: 'a placeholder' },
  { re: /(?<![A-Za-z0-9０-９.])[XＸ](?=\s*(?:万元|元|亿元|人|个|名|%|％|年|月|日|项))/g, what: '占位符', whatEn: 'a placeholder' },
  { re: /[（(]\s*盖\s*章\s*[）)]/g, what: '盖章标记', whatEn: 'the seal mark', severity: 'information', removable: true },
  { re: /[（(]\s*此页为封面\s*[）)]/g, what: '封面说明', whatEn: 'a cover note', removable: true },
  { re: FILL_IN_NOTE, what: '填写提示', whatEn: 'a fill-in note' },
  { re: /(?<![0-9０-９])年[ \t\u3000]+月[ \t\u3000]*日|年[ \t\u3000]*月[ \t\u3000]+日/g, what: '空白日期', whatEn: 'a blank date' },
  { re: /YYYY|yyyy/g, what: '占位符', whatEn: 'a placeholder' },
  // A Word or WPS content control never filled in shows its prompt (`单击或点击此处输入文字。`).
  { re: /(?:单击或点击|单击|点击)(?:此处|以)输入(?:文字|日期|内容)。?/g, what: '内容控件的提示文字', whatEn: "a content control's prompt" },
  // `全年完成养护里程＿＿＿公里`: a blank line to write on, left blank (not a name's `_`, nor Markdown's rule, read as none).
  { re: /(?<![A-Za-z0-9])[_＿]{3,}(?![A-Za-z0-9])/g, what: '空白填写处', whatEn: 'a blank to fill in' },
  // `（单位名称）` on a line of its own: the signature's or the title's name, never written.
  { re: /^\s*[（(]\s*(?:填报|预算)?(?:单位|部门)(?:名称|全称)\s*[）)]\s*$/g, what: '占位符', whatEn: 'a placeholder' },
];

/**
 * `个别项目名称保留了模板中的“XXX”字样`: a placeholder quoted as words the text speaks of (a slip found
 * last year, a rule), not one left in.
 */
function mentioned(line: string, start: number, end: number): boolean {
  return OPENS_QUOTE.test(line.slice(Math.max(0, start - 6), start)) && SPOKEN_OF.test(line.slice(end, end + 48));
}
const OPENS_QUOTE = /[“"‘][^“”"‘’]*$/;
// (`“XX项目”“X万元”字样`, `以“×××”代替`, `“XX”由各村据实填写`: several quoted together, or what stands in for a name.)
const SPOKEN_OF = /^[^“”"‘’。；]{0,6}[”"’](?:(?:[、和及与]|中的|的)?[“"‘][^“”"‘’。；]{0,10}[”"’]){0,3}(?:(?:等|之类的?|的)?(?:未替换的)?(?:模板)?(?:字样|字眼|字符|内容|文字)|代替|替代|表示|由)/;

/** Placeholder text an outline declares (its cover's seal mark, or a user's own outline's). */
function outlinePlaceholders(doc: Parameters<Rule['check']>[0]): string[] {
  const outline = doc.outline;
  if (!outline) return [];
  const all = [...outline.coverInstructions, ...outline.all.flatMap((p) => p.instructions)];
  return all.filter((i) => i.kind === 'placeholder').map((i) => i.text);
}

/** The fix of a removable placeholder: it goes, titled with its text (made when first read). */
const removeText = (text: string, start: number, end: number): Fix[] => [{ title: msg(`删除“${text}”`, `Remove "${text}"`), edits: [{ start, end, newText: '' }], preferred: true }];


export const templatePlaceholder: Rule = {
  id: 'template.placeholder',
  defaultSeverity: 'warning',
  tags: ['template'],
  fixSafety: 'mechanical',
  description: msg('模板占位符未替换（XX、X万元、（盖章）、空白日期等）', 'Template placeholders left in (XX, X万元, the seal mark, blank dates)'),
  check(doc) {
    const findings: Finding[] = [];
    const declared = outlinePlaceholders(doc);
    for (const l of doc.lines.lines) {
      const taken = new Taken(l.start, l.text.length);
      for (const text of declared) {
        for (let i = l.text.indexOf(text); i >= 0; i = l.text.indexOf(text, i + text.length)) {
          const start = l.start + i;
          const end = start + text.length;
          taken.add(start, end);
          const message = msg(`“${text}”是提纲中的占位文字，发布前应替换或删除`, `"${text}" is placeholder text from the outline; replace or remove it before publishing`);
          const f = new FindingWithFixesLater(this.id, start, end, message, undefined, text, removeText);
          if (/盖\s*章/.test(text)) f.severity = 'information';
          findings.push(f);
        }
      }
      if (!/[XxＸｘ×章封此请填月Yy击_＿称]/.test(l.text)) continue;
      for (const p of PATTERNS) {
        forEachMatch(p.re, l.text, (m) => {
          const start = l.start + m.index;
          const end = start + m[0].length;
          if (taken.overlaps(start, end) || mentioned(l.text, m.index, m.index + m[0].length)) return;
          taken.add(start, end);
          const message = msg(`“${m[0].trim()}”是模板${p.what}，发布前应替换或删除`, `"${m[0].trim()}" is ${p.whatEn} from the template; replace or remove it before publishing`);
          if (!p.removable) {
            findings.push({ ruleId: this.id, start, end, severity: p.severity, message, fixes: [] });
            return;
          }
          const f = new FindingWithFixesLater(this.id, start, end, message, undefined, m[0].trim(), removeText);
          if (p.severity) f.severity = p.severity;
          findings.push(f);
        });
      }
    }
    return findings;
  },
};
