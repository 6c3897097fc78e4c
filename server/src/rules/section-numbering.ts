import type { Entry, ReportDocument } from '../model/document';
import { followsInlineFirst } from '../model/entries';
import { formatNumber, LEVEL_OF_STYLE } from '../model/numbering';
import { attachmentStarts, startsLate } from '../model/sections';
import { restartOfMissingPart } from '../model/lost-parts';
import { toChineseNumeral } from '../model/numerals';
import { foldTitle } from '../model/outline';
import { FindingWithFixesLater } from './lazy-fixes';
import { Finding, Fix, msg, Rule, TextEdit } from './types';
import { toHalfWidthDigits } from '../model/text';

/** A Markdown ordered list item (`1. 团结…`): Markdown numbers the list itself (`renumberOrdered`). */
const MARKDOWN_ITEM = /^\s*\d{1,3}[.)][ \t]/;

/** An outline's model line: a project named `“XXX”`, or two figures written `X万元`. */
const MODEL_LINE = /[“"][XxＸｘ×]{2,}[”"]|(?<![A-Za-z0-9])[XＸ]\s*万元.*(?<![A-Za-z0-9])[XＸ]\s*万元/;

/**
 * Siblings: entries at one level under one parent, in reading order. In Markdown, the items of an
 * ordered list are siblings of one another only: `**1.主要职能**`, a list `1.`…`5.`, `**2.机构情况**`.
 */
export function siblingGroups(doc: ReportDocument): Entry[][] {
  const groups = new Map<string, Entry[]>();
  const source = doc.input.format === 'markdown' ? doc.input.sourceLines.lines : undefined;
  // `附件2` and the next report, numbered from 一 again: its parts are no siblings of the first's.
  const attachments = attachmentStarts(doc);
  let attachment = 0;
  for (const e of doc.entries) {
    while (attachment < attachments.length && attachments[attachment] < e.line) attachment++;
    // (`1．项目“XXX”年初预算金额X万元…` above the drafter's own `1．`: the template's model line, a
    // placeholder finding of its own, numbers nothing.)
    if (MODEL_LINE.test(doc.lines.lines[e.line]?.text ?? '')) continue;
    const listItem = source !== undefined && MARKDOWN_ITEM.test(source[e.line]?.text ?? '');
    const key = `${attachment}:${e.parent?.id ?? -1}:${e.level}${listItem ? ':list' : ''}`;
    const g = groups.get(key);
    if (g) g.push(e);
    else groups.set(key, [e]);
  }
  return [...groups.values()];
}

/** The number to write: standard at levels 1–2, the drafter's own punctuation kept at 3–4. */
function numberText(e: Entry, value: number): string {
  // `第四部分　`: the numeral changes; the word and the space after it are the drafter's.
  // `【三】`: the drafter's brackets are kept too.
  if (e.number?.style === 'cn-part' || e.number?.style === 'cn-bracket' || e.number?.style === 'cn-space') return e.number.raw.replace(/[一二三四五六七八九十]+/, toChineseNumeral(value));
  if (e.number?.style === 'roman' && value <= 12) return e.number.raw.replace(/[\u2160-\u216B]/, String.fromCharCode(0x215f + value));
  const raw = e.number?.raw.trimEnd();
  if (raw && e.level >= 3 && LEVEL_OF_STYLE[e.number!.style] === e.level) return raw.replace(/[0-9０-９]+/, String(value));
  return formatNumber(e.level, value);
}

/** The 目录 line that lists this heading as written (same title, same number): it changes with it. */
function tocEdits(doc: ReportDocument, e: Entry, text: string): TextEdit[] {
  const entry = doc.layout.toc?.entries.find((t) => t.folded === foldTitle(e.title) && t.prefix?.value === e.number?.value && t.prefix?.level === e.number?.level);
  if (!entry?.prefix) return [];
  return [{ start: entry.start, end: entry.start + entry.prefix.raw.trimEnd().length, newText: text }];
}

function renumberFix(doc: ReportDocument, e: Entry, value: number): Fix {
  const text = numberText(e, value);
  if (!e.number) {
    return { title: msg(`补上编号“${text}”`, `Add the number "${text}"`), edits: [{ start: e.titleStart, end: e.titleStart, newText: text }], preferred: true };
  }
  return {
    title: msg(`改为“${text}”`, `Change to "${text}"`),
    edits: [...tocEdits(doc, e, text), { start: e.number.docStart, end: e.number.docEnd, newText: text }],
    preferred: true,
  };
}

/**
 * `5、 其他需要说明的情况`, `（2） 项目支出情况`: an Arabic number, its mark and a space before a part's
 * title is how text converters write Word's automatic numbering (`五、`, `（二）` on screen).
 */
function lostAutoNumbering(e: Entry): boolean {
  return e.level <= 2 && /^(?:[0-9０-９]{1,2}、|[（(][0-9０-９]{1,2}[）)])[ \t\u3000\u00a0]/.test(e.number?.raw ?? '');
}

/** `二、` written again among siblings, or a number skipped: said alike for every numbering. */
const repeatMessage = (written: string, want: string) => msg(`编号“${written}”与前面的同级标题重复，应为“${want}”`, `The number "${written}" repeats an earlier sibling; it should be "${want}"`);
const skipMessage = (written: string, want: string) => msg(`编号“${written}”跳过了前面的序号，应为“${want}”`, `The number "${written}" skips a number; it should be "${want}"`);

function titleOf(e: Entry): string {
  return e.title.length > 20 ? e.title.slice(0, 20) + '…' : e.title;
}

/**
 * What each entry's number should be, sibling by sibling. Shared with the renumber command so that
 * the command and the diagnostics never disagree.
 */
export interface ExpectedNumber {
  value: number;
  /** `follows`: numbered on from a skip before it (`一、二、四、五` — the 五): renumbered with it, said there. */
  problem?: 'lost' | 'style' | 'repeat' | 'skip' | 'order' | 'follows';
  /** A doubled part: reported, never renumbered. */
  noFix?: boolean;
  /** For a skip, the siblings numbered on from it, which its fix renumbers too. */
  followers?: Entry[];
}

/** `1．项目“A”年初预算…`, `2．项目“B”…`, `1．项目“C”…`: the template's project lines are one list, never restarted. */
const PROJECT_LINE = /^项目[“"《]/;

function sameProjectList(prev: Entry | undefined, e: Entry): boolean {
  return prev !== undefined && PROJECT_LINE.test(prev.title) && PROJECT_LINE.test(e.title);
}

/** `第二节 效益指标完成情况`: a heading of a level the entries do not read, under which a list starts again. */
const SECTION_LINE = /^[ \t\u3000]*第[一二三四五六七八九十0-9０-９]{1,3}节/;

function sectionLineBetween(doc: ReportDocument, before: Entry, e: Entry): boolean {
  for (let l = before.line + 1; l < e.line; l++) if (SECTION_LINE.test(doc.lines.lines[l].text)) return true;
  return false;
}

/** A number other than the next one that is right where it stands. */
function rightThoughNotNext(doc: ReportDocument, e: Entry, before: Entry | undefined, written: number, expected: number): boolean {
  // `附件：1.…自评表` / `      2.…自评表`: the list's first item was written after its label.
  if (written === 2 && expected === 1 && e.level >= 3 && followsInlineFirst(doc.lines, e.line)) return true;
  // `2.1%人口抽样调查顺利完成`: the item skipped is there, its number read as a figure's.
  if (written === expected + 1 && e.level >= 3 && before !== undefined && numberReadAsFigure(doc, before, e, expected)) return true;
  // A new list under the same heading starts again at 1. (So do the sub-parts of a part whose
  // heading is missing, section.missing's to report.)
  return written === 1 && ((e.level >= 3 && !sameProjectList(before, e)) || (before !== undefined && sectionLineBetween(doc, before, e)) || restartOfMissingPart(doc, e) !== undefined);
}

/** A line between two items opening with the number skipped and a figure's digits (`2.1%人口…`). */
function numberReadAsFigure(doc: ReportDocument, before: Entry, e: Entry, skipped: number): boolean {
  const opening = new RegExp(`^[ \\t\\u3000]*${skipped}[.．][0-9０-９]`);
  for (let l = before.line + 1; l < e.line; l++) if (opening.test(toHalfWidthDigits(doc.lines.lines[l].text.slice(0, 8)))) return true;
  return false;
}

export function expectedNumbers(doc: ReportDocument): Map<Entry, ExpectedNumber> {
  const out = new Map<Entry, ExpectedNumber>();
  const late = startsLate(doc) !== undefined;
  for (const group of siblingGroups(doc)) {
    // A text pasted from inside a report (`（二）…` then `三、…`): a level with no heading above it
    // starts where the text does, not at 1 — at the outline's number of its first part, if known.
    const first = group[0];
    let prev = late && first.parent === undefined && first.number ? (first.part?.number ?? first.number.value) - 1 : 0;
    const seen = new Set<number>();
    // The skip the siblings after it are numbered on from, and the number they go on from.
    let skip: { entry: ExpectedNumber; last: number } | undefined;
    const mixedDots = group.some((g) => g.number?.style === 'cn-dun');
    const mixedBrackets = group.some((g) => g.number?.style === 'cn-dun' || g.number?.style === 'cn-dot');
    // `1.` for every part and `（1）` for every sub-part: numbered so throughout, the level's style is the draft's.
    const ownStyle = group.length >= 2 && group.every((g) => g.number !== undefined && g.number.style === group[0].number!.style);
    // The sibling before, looked up as the group is read: `indexOf` would read the group again for each.
    let previous: Entry | undefined;
    for (const e of group) {
      const before = previous;
      previous = e;
      // Decimal numbering (`1.3.2`) has its own rules: checked in reading order (decimalFindings).
      if (e.number?.style === 'ar-decimal') continue;
      const expected = prev + 1;
      const written = e.number?.value;
      if (written === undefined) {
        out.set(e, { value: expected, problem: 'lost' });
        prev = expected;
        continue;
      }
      // `一.` for `一、` is a slip beside siblings written `一、`; written so throughout, it is the draft's style.
      const styleOk = (LEVEL_OF_STYLE[e.number!.style] === e.level && (e.number!.style !== 'cn-dot' || !mixedDots) && (e.number!.style !== 'cn-bracket' || !mixedBrackets))
        || (ownStyle && !lostAutoNumbering(e));
      // A part numbered as the outline numbers it is right even after a gap (the gap is a missing
      // part) or out of place (section.order says where it belongs); a repeated number is not.
      const outlineSaysSo = e.part !== undefined && written === e.part.number && !seen.has(written);
      // The same part written twice (a doubled heading line): a repeat, but renumbering it would
      // misnumber every part after it, so it takes no number and gets no fix.
      if (e.part !== undefined && seen.has(written) && group.some((g) => g !== e && g.part === e.part && g.line < e.line)) {
        out.set(e, { value: written, problem: 'repeat', noFix: true });
        continue;
      }
      if (skip && styleOk && !outlineSaysSo && written === skip.last + 1 && !seen.has(written)) {
        // `一、二、四、五`: 五 goes on from the 四 — one mistake, the skip, whose fix renumbers both.
        out.set(e, { value: expected, problem: 'follows' });
        skip.entry.followers!.push(e);
        skip.last = written;
        prev = expected;
        seen.add(written);
        continue;
      }
      skip = undefined;
      if (!styleOk) {
        const value = written === expected || outlineSaysSo ? written : expected;
        out.set(e, { value, problem: 'style' });
        prev = value;
      } else if (written === expected || outlineSaysSo) {
        out.set(e, { value: written });
        prev = written;
      } else if (rightThoughNotNext(doc, e, before, written, expected)) {
        out.set(e, { value: written });
        prev = written;
      } else {
        const problem = seen.has(written) ? 'repeat' : written > expected ? 'skip' : 'order';
        const found: ExpectedNumber = { value: expected, problem, followers: problem === 'skip' ? [] : undefined };
        out.set(e, found);
        if (problem === 'skip') skip = { entry: found, last: written };
        prev = expected;
      }
      seen.add(written);
    }
  }
  return out;
}

/**
 * Decimal numbering (`3.3.1`, `3.3.2`, `3.4`, `4`) in reading order: each heading is the first child
 * of the one before (`3.3.1` after `3.3`), or the next at its depth under the same parent. A number
 * repeated or skipped there is a slip; one under another parent than the heading before is left alone
 * (a heading may be missing, or the scheme may be the drafter's own).
 */
function decimalFindings(doc: ReportDocument): Finding[] {
  const out: Finding[] = [];
  let prev: number[] | undefined;
  for (const e of doc.entries) {
    if (!e.isHeading || e.number?.style !== 'ar-decimal') continue;
    const raw = e.number.raw.trim();
    const parts = raw.split(/[.．]/).map(Number);
    const depth = parts.length;
    const sameParent = prev !== undefined && depth <= prev.length && parts.slice(0, -1).every((v, i) => v === prev![i]);
    const wanted = sameParent ? prev![depth - 1] + 1 : undefined;
    if (wanted !== undefined && parts[depth - 1] !== wanted) {
      const want = [...parts.slice(0, -1), wanted].join(raw.includes('．') ? '．' : '.');
      const message = parts[depth - 1] < wanted ? repeatMessage(raw, want) : skipMessage(raw, want);
      const start = e.number.docStart;
      const end = start + raw.length;
      out.push({ ruleId: 'section.numbering', start, end, message, fixes: [{ title: msg(`改为“${want}”`, `Change to "${want}"`), edits: [{ start, end, newText: want }], preferred: true }] });
      parts[depth - 1] = wanted;
    }
    prev = parts;
  }
  return out;
}

export const sectionNumbering: Rule = {
  id: 'section.numbering',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixSafety: 'mechanical',
  description: msg('同级标题编号重复、跳号、样式错误，或模板中的部分缺少编号', 'Repeated, skipped or wrongly styled numbers among sibling headings, or a template part without its number'),
  check(doc) {
    const findings: Finding[] = [];
    const expected = expectedNumbers(doc);
    // Made when first read, from the value worked out for the heading here.
    const renumber = (e: Entry): Fix[] => {
      const { value, followers = [] } = expected.get(e)!;
      const fix = renumberFix(doc, e, value);
      // The siblings numbered on from a skip change with it, in the same fix.
      for (const f of followers) fix.edits.push(...renumberFix(doc, f, expected.get(f)!.value).edits);
      if (followers.length) {
        const want = numberText(e, value);
        fix.title = msg(`改为“${want}”，其后${followers.length}个同级标题的编号随之顺延`, `Change to "${want}" and renumber the ${followers.length} sibling(s) after it`);
      }
      return [fix];
    };
    for (const [e, { value, problem, noFix, followers }] of expected) {
      if (!problem || problem === 'follows') continue;
      const want = numberText(e, value);
      const written = e.number?.raw.trim() ?? '';
      const start = e.number ? e.number.docStart : e.titleStart;
      const end = e.number ? e.number.docStart + e.number.raw.trimEnd().length : e.end;
      let m;
      switch (problem) {
        case 'lost':
          m = msg(`“${titleOf(e)}”是提纲中的一个部分，但缺少编号，应为“${want}”`, `"${titleOf(e)}" is a part of the outline but has lost its number; it should be "${want}"`);
          break;
        case 'style':
          m = lostAutoNumbering(e)
            ? msg(
              `编号“${written}”与同级标题的编号样式不一致，应为“${want}”（很可能是Word自动编号在转换为文本时丢失所致）`,
              `The number "${written}" does not match the style of its level; it should be "${want}" (probably Word's automatic numbering lost in conversion)`,
            )
            : msg(`编号“${written}”与同级标题的编号样式不一致，应为“${want}”`, `The number "${written}" does not match the style of its level; it should be "${want}"`);
          break;
        case 'repeat':
          m = noFix
            ? msg(`“${written}${titleOf(e)}”与前面的同一部分重复（标题出现了两次），请删除多余的一处`, `"${written}${titleOf(e)}" repeats the same part written earlier; remove one of them`)
            : repeatMessage(written, want);
          break;
        case 'skip':
          m = followers?.length
            ? msg(
              `编号“${written}”跳过了前面的序号，应为“${want}”，其后${followers.length}个同级标题的编号随之顺延`,
              `The number "${written}" skips a number; it should be "${want}", and the ${followers.length} sibling(s) after it renumbered with it`,
            )
            : skipMessage(written, want);
          break;
        default:
          m = msg(`编号“${written}”顺序不对，应为“${want}”`, `The number "${written}" is out of sequence; it should be "${want}"`);
      }
      findings.push(noFix ? { ruleId: this.id, start, end, message: m, fixes: [] } : new FindingWithFixesLater(this.id, start, end, m, undefined, e, renumber));
    }
    findings.push(...decimalFindings(doc));
    return findings;
  },
};
