import { notReportWords } from '../model/layout';
import { entryAt, ReportDocument } from '../model/document';
import type { OutlineInstruction } from '../model/outline';
import { isEmptySection } from '../model/sections';
import { FILL_IN_NOTE } from './template-placeholder';
import { forEachMatch } from '../model/text';
import { Finding, Fix, msg, Rule, TextEdit } from './types';
import { removeLine } from './util';

/** Text folded as outline text is compared, with a map back to document offsets. */
function foldWithMap(s: string, base: number): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0') continue;
    folded += FOLD[ch] ?? ch;
    at.push(base + i);
  }
  at.push(base + s.length);
  return { folded, at };
}

const FOLD: Record<string, string> = { '(': '（', ')': '）', ':': '：', ',': '，', ';': '；', '"': '“', '”': '“', '\u2018': '“', '\u2019': '“' };

function fold(s: string): string {
  return foldWithMap(s, 0).folded;
}

/** `没有请写明“X”` and its kin: the template asks for X when there is nothing to report. */
// (`说明：没有国有资本经营预算支出的单位填写“无”。`: who is asked, the units without it.)
const WRITE_THIS = /(?:没有|如无|若无|无此项|无相关内容)(?:[\u4e00-\u9fff]{0,6}?(?:的)?(?:请|则)|[\u4e00-\u9fff]{0,16}?的(?:单位|部门)(?:请|应|须)?)(?:写明|填写|注明|填报|写)[“"]([^”"]{1,40})[”"]。?/;
/** The head of a note the ask stands in (`说明：`), taken with it. */
const NOTE_OPENING = /^\s*(?:注|说明|填写说明|填报说明|编写说明)\s*[:：]\s*$/;

/**
 * A bracket that tells the drafter what to write, not what happened: `（请根据实际情况填写本单位…）`,
 * `（此处请简要填写本部分内容，不超过300字）`, `【本部分请重点说明…】`. It asks (请, 此处, 本部分) to fill
 * in or to describe, or it limits the words; a report's own notes (`（详见附表1）`, `（注：数据为决算数）`,
 * `（以下简称“中心”）`) do neither. (The short `（此处填写…）` is a placeholder, template.placeholder's.)
 */
const BRACKETED = /[（(【]([^（）()【】]{4,100})[）)】]/g;
const NOTE_HEAD = /^(?:(?:注|说明|填写说明|填报说明|编写说明)\s*[:：]\s*)?/;
const HERE = /^(?:此处|这里|本部分|此部分|本栏|本项|本节|该部分)/;
const FILL = /填写|填报|填列/;
const WORD_LIMIT = /(?:不超过|不多于|不少于|控制在|限)\s*[0-9０-９]+\s*字|[0-9０-９]+\s*字(?:以内|左右|以下)/;
const DESCRIBE = /说明|描述|阐述|列明|注明|概述|简述|分析|介绍/;
/** A bracket that is nothing but template.placeholder's note. */
const WHOLE_FILL_IN_NOTE = new RegExp(`^(?:${FILL_IN_NOTE.source})$`);

/** `填报时请删除本注释`, `正式发布前删除此说明`: words the template asks the drafter to take out. */
const DELETE_ME = /(?:填报|填写|编制|发布|公开|提交|定稿|报送)[^。；]{0,6}?(?:时|后|前)[^。；]{0,3}?(?:请|须|应)?(?:删除|删去)(?:本|此|该)(?:注释|说明|提示|注|段|行|栏|部分)|(?:请|须)(?:删除|删去)(?:本|此)(?:注释|说明|提示)/;

/** A line with none of these words has no bracket that asks (a quick test before the brackets). */
const MAY_ASK = /[请字填]|说明|描述|阐述|列明|注明|概述|简述|分析|介绍/;

/**
 * `（简要说明自评结果…的应用方式，以及公开的时间和途径。）` as a paragraph of its own: a bracket
 * that is the whole paragraph and opens with what to write is the template's, though it says no 请.
 */
const OPENS_WITH_ASKING = /^(?:简要|详细|具体|重点|逐项|如实|分别|认真|主要)(?:说明|描述|阐述|列明|概述|分析|介绍|总结|填写)(?![：:])/;
/** `…的完成情况……`: a template's instruction trails off where the drafter is to go on. */
const TRAILS_OFF = /(?:…+|\.{3,}|。{3,})$/;
/** `（说明绩效目标完成情况。）`: a bare verb asks only when what follows is what to write. */
const ASKS_FOR_WHAT = /^(?:说明|描述|阐述|列明|概述|分析|介绍|总结|填写)(?![：:方书])[^。]*(?:情况|方式|原因|措施|内容|途径|目标|结果|做法|问题|成效)(?:等)?。?$/;

/** `（请见附表说明）`, `（详见第三部分说明）` point to the report's own text. */
const POINTS_ELSEWHERE = /[见阅]/;

/** `对照年度绩效目标，` / `结合本单位职能，`: what to write against, before what to write. */
const AGAINST_WHAT = /^(?:对照|结合|根据|围绕|按照|针对)[^，。；（）]{1,20}[，,]/;

/** What an instruction asks for: without what to write it against, nor the dots it trails off in. */
const askedWords = (text: string) => text.replace(AGAINST_WHAT, '').replace(TRAILS_OFF, '');

function asksTheDrafter(content: string, wholeParagraph: boolean): boolean {
  if (WORD_LIMIT.test(content)) return true;
  const asked = askedWords(content);
  if (wholeParagraph && (OPENS_WITH_ASKING.test(asked) || ASKS_FOR_WHAT.test(asked)) && !POINTS_ELSEWHERE.test(content)) return true;
  const body = content.replace(NOTE_HEAD, '');
  const here = HERE.test(body);
  // (`（填写立项依据文件名称及文号）`: opening with the verb, it asks too.)
  if (FILL.test(body) && (here || body.includes('请') || /^(?:填写|填报)/.test(body))) return true;
  if (POINTS_ELSEWHERE.test(body) || !DESCRIBE.test(body)) return false;
  // `（请简要说明…）`, `（本部分应说明…）`: it asks for a description.
  const rest = body.replace(HERE, '');
  return rest.startsWith('请') || (here && /^[^，。；]{0,4}?(?:应|需|要|须)/.test(rest));
}

/**
 * `对照年初目标，逐项说明部门整体支出绩效目标的完成情况……` as a paragraph of its own: any template's
 * instruction left without brackets, known by asking (`逐项说明`, `简要介绍`) and trailing off.
 */
function trailingOffLines(doc: ReportDocument, headingLines: Set<number>): Match[] {
  const out: Match[] = [];
  for (const l of doc.lines.lines) {
    const t = l.text.trim();
    if (t.length < 8 || t.length > 120 || !TRAILS_OFF.test(t) || headingLines.has(l.index) || notReportWords(doc.layout, l.index) || /[0-9０-９]/.test(t)) continue;
    if (!OPENS_WITH_ASKING.test(askedWords(t))) continue;
    const start = l.start + l.text.indexOf(t);
    out.push({ start, end: start + t.length, line: l.index });
  }
  return out;
}

/** `请根据部门“三定”方案简要概述部门主要职能`: a paragraph opening with the template asking for something. */
const ASKS_OPENING = /^请(?:根据|结合|按照|对照|围绕|简要|详细|具体|重点|逐项|如实|认真|在此|在本部分)[^。！？]{0,40}?(?:说明|概述|简述|描述|阐述|列明|填写|填报|分析|介绍|总结)/;

/**
 * `请根据部门“三定”方案简要概述部门主要职能，字数控制在500字以内。` opening a paragraph, no brackets: the
 * sentence that asks, and a word limit said right after it. What the drafter wrote after them stays.
 */
function askingParagraphs(doc: ReportDocument, headingLines: Set<number>): Match[] {
  const out: Match[] = [];
  for (const l of doc.lines.lines) {
    const t = l.text.trimStart();
    if (!t.startsWith('请') || headingLines.has(l.index) || notReportWords(doc.layout, l.index)) continue;
    const m = ASKS_OPENING.exec(t);
    if (!m) continue;
    const sentenceEnd = (from: number) => {
      const stop = t.slice(from).search(/[。！？]/);
      return stop < 0 ? t.trimEnd().length : from + stop + 1;
    };
    let end = sentenceEnd(0);
    // (`…主要职能，字数控制在500字以内。`: a limit in the same sentence is in it already; one said next is the template's too.)
    const next = sentenceEnd(end);
    if (next - end <= 20 && WORD_LIMIT.test(t.slice(end, next))) end = next;
    const start = l.start + (l.text.length - t.length);
    out.push({ start, end: start + end, line: l.index });
  }
  return out;
}

/** `…说明完成情况，未完成的需说明原因。`: what the template asks of an unfinished target. */
const EXPLAIN_UNFINISHED = /未(?:完成|达到|达标|实现)(?:的|目标的|指标的)?[，,]?(?:需|须|应|要|请)(?:说明|分析|注明|列明)(?:原因|理由)/;
/** Words of a drafter speaking for the unit, or of what it will do: not the template's. */
const DRAFTERS_OWN = /我|本(?:单位|局|部门|中心|馆|院|站|所|会|委|办)|下一步|今后|将/;
/** `注：本部分应简要说明…，不超过500字。`: a note line that asks for the part's text. */
const NOTE_LINE = /^(?:注|说明|填写说明|填报说明|编写说明)\s*[:：]\s*(.+)$/;

/**
 * Guidance left as a paragraph of its own, without brackets: `注：本部分应简要说明…，不超过500字。`,
 * `各项指标应逐项对照年初设定的绩效目标值说明完成情况，未完成的需说明原因。` — a note that asks, or a line
 * (no figures) that asks why a target was missed and speaks for no one.
 */
function guidanceLines(doc: ReportDocument, headingLines: Set<number>): Match[] {
  const out: Match[] = [];
  for (const l of doc.lines.lines) {
    const t = l.text.trim();
    if (t.length < 8 || t.length > 160 || headingLines.has(l.index) || notReportWords(doc.layout, l.index)) continue;
    const note = NOTE_LINE.exec(t);
    const asks = note ? asksTheDrafter(note[1], true) : EXPLAIN_UNFINISHED.test(t) && !/[0-9０-９]/.test(t) && !DRAFTERS_OWN.test(t);
    if (!asks) continue;
    const start = l.start + l.text.indexOf(t);
    out.push({ start, end: start + t.length, line: l.index });
  }
  return out;
}

interface Match {
  start: number;
  end: number;
  line: number;
  replacement?: string;
}

function clausesOf(text: string): string[] {
  return fold(text).split(/[，。；：！？（）]/).filter((c) => c.length >= 6);
}

/** An instruction with what every line is compared against, worked out once, not per line. */
interface Prepared {
  clauses: string[];
  /** The first four characters of each clause: a line without any of them is not looked at. */
  heads: string[];
  whole: string;
  ask: RegExpExecArray | null;
}

function prepare(i: OutlineInstruction): Prepared {
  const clauses = clausesOf(i.text);
  return { clauses, heads: clauses.map((c) => c.slice(0, 4)), whole: fold(i.text), ask: WRITE_THIS.exec(i.text) };
}

/** Where an instruction, whole or with most of its clauses, stands in a line (folded once for all). */
function findInLine(line: number, folded: string, at: number[], instr: Prepared): Match | undefined {
  const { clauses, whole } = instr;
  let start = -1;
  let end = -1;
  const i = folded.indexOf(whole);
  if (i >= 0) {
    start = at[i];
    end = at[i + whole.length - 1] + 1;
  } else {
    // An edited instruction: most of its wording still there, clause for clause.
    const hits = clauses.map((c) => folded.indexOf(c)).filter((x) => x >= 0);
    const covered = clauses.filter((c) => folded.includes(c)).reduce((n, c) => n + c.length, 0);
    const total = clauses.reduce((n, c) => n + c.length, 0);
    if (hits.length === 0 || covered * 2 < total) return undefined;
    const first = hits.reduce((m, h) => Math.min(m, h), Infinity);
    const lastClause = clauses.filter((c) => folded.includes(c)).map((c) => folded.indexOf(c) + c.length);
    const last = lastClause.reduce((m, h) => Math.max(m, h), -Infinity);
    // Take the rest of the sentence the last clause belongs to.
    let stop = last;
    while (stop < folded.length && !/[。]/.test(folded[stop - 1] ?? '')) {
      if (folded[stop] === '。') {
        stop++;
        break;
      }
      stop++;
      if (stop - last > 40) break;
    }
    start = at[first];
    end = at[Math.min(stop, folded.length) - 1] + 1;
  }
  const ask = instr.ask;
  return { start, end, line, replacement: ask ? ask[1].replace(/。$/, '') + '。' : undefined };
}

function fixesFor(doc: ReportDocument, m: Match, headingLines: Set<number>): Fix[] {
  const fixes: Fix[] = [];
  const l = doc.lines.lines[m.line];
  const wholeLine = doc.text.slice(l.start, m.start).trim() === '' && doc.text.slice(m.end, l.end).trim() === '';
  // Removing is offered only where it leaves the part with text: an emptied part is no fix. Where
  // the part has text of its own, removing is what the drafter wants; where it has none, `X`.
  const edit: TextEdit = wholeLine ? removeLine(doc, m.line) : { start: m.start, end: m.end, newText: '' };
  const part = entryAt(doc, m.start);
  const leavesText = !part || !isEmptyWithout(doc, part, m.line, headingLines, wholeLine);
  if (m.replacement && !leavesText) {
    fixes.push({
      title: msg(`改为“${m.replacement}”`, `Write "${m.replacement}" instead`),
      edits: [{ start: m.start, end: m.end, newText: m.replacement }],
      preferred: true,
    });
  }
  if (leavesText) {
    fixes.push({ title: msg('删除模板说明文字', 'Remove the template instruction'), edits: [edit], preferred: true });
  }
  return fixes;
}

function isEmptyWithout(doc: ReportDocument, part: ReturnType<typeof entryAt> & object, line: number, headingLines: Set<number>, wholeLine: boolean): boolean {
  if (!wholeLine) return false;
  const withLine = new Set(headingLines);
  withLine.add(line);
  return isEmptySection(doc, part, withLine);
}

export const templateInstruction: Rule = {
  id: 'template.instruction',
  defaultSeverity: 'error',
  tags: ['template'],
  fixSafety: 'judgement',
  description: msg('模板中的填写说明未删除', 'The outline\'s instruction text was left in the draft'),
  check(doc) {
    const findings: Finding[] = [];
    const instructions: OutlineInstruction[] = [];
    for (const p of doc.outline?.all ?? []) instructions.push(...p.instructions.filter((i) => i.kind !== 'placeholder'));
    const found: Match[] = [];
    if (instructions.length) {
      const prepared = instructions.map(prepare);
      for (const l of doc.lines.lines) {
        if (l.text.length < 6) continue;
        // The line folded once, for the first instruction that may stand in it.
        let line: { folded: string; at: number[] } | undefined;
        for (const p of prepared) {
          if (!p.heads.some((h) => l.text.includes(h))) continue;
          line ??= foldWithMap(l.text, l.start);
          const m = findInLine(l.index, line.folded, line.at, p);
          if (m) found.push(m);
        }
      }
    }
    // Any outline's `没有请写明“X”`, even where the draft follows no known outline.
    for (const l of doc.lines.lines) {
      const m = WRITE_THIS.exec(l.text);
      if (!m) continue;
      const start = l.start + (NOTE_OPENING.test(l.text.slice(0, m.index)) ? l.text.search(/\S/) : m.index);
      if (found.some((f) => f.start <= start && start < f.end)) continue;
      found.push({ start, end: l.start + m.index + m[0].length, line: l.index, replacement: m[1].replace(/。$/, '') + '。' });
    }
    // Any template's `（请根据实际情况填写…）`.
    for (const l of doc.lines.lines) {
      if (!MAY_ASK.test(l.text)) continue;
      forEachMatch(BRACKETED, l.text, (m) => {
        if (!asksTheDrafter(m[1], m[0].length === l.text.trim().length)) return;
        const start = l.start + m.index;
        const end = start + m[0].length;
        // A short note is template.placeholder's (`（请填写本单位情况）`).
        if (WHOLE_FILL_IN_NOTE.test(m[0])) return;
        if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, line: l.index });
      });
    }
    // `注：本表数据须与部门决算报表一致，填报时请删除本注释。`: a note that asks to be deleted.
    for (const l of doc.lines.lines) {
      const m = l.text.includes('删') ? DELETE_ME.exec(l.text) : null;
      if (!m) continue;
      // The note's line when it is one (`注：…`), else the sentence that asks.
      const note = /^\s*(?:注|说明|备注|提示)\s*[:：]/.test(l.text);
      const from = note ? l.text.search(/\S/) : Math.max(l.text.lastIndexOf('。', m.index) + 1, 0);
      const stop = l.text.indexOf('。', m.index);
      const start = l.start + from;
      const end = l.start + (note || stop < 0 ? l.text.trimEnd().length : stop + 1);
      if (!found.some((f) => f.start < end && start < f.end)) found.push({ start, end, line: l.index });
    }
    const headingLines = new Set(doc.headings.map((h) => h.line));
    for (const m of [...trailingOffLines(doc, headingLines), ...askingParagraphs(doc, headingLines), ...guidanceLines(doc, headingLines)]) if (!found.some((f) => f.start < m.end && m.start < f.end)) found.push(m);
    for (const m of found) {
      findings.push({
        ruleId: this.id,
        start: m.start,
        end: m.end,
        message: m.replacement
          ? msg(`这是模板的填写说明，不是报告内容；没有相关情况应直接写“${m.replacement}”`, `This is the template's instruction, not report text; if there is nothing to report write "${m.replacement}"`)
          : msg('这是模板的填写说明，不是报告内容，应替换为实际情况', 'This is the template\'s instruction, not report text; replace it with what happened'),
        fixes: fixesFor(doc, m, headingLines),
      });
    }
    return findings;
  },
};
