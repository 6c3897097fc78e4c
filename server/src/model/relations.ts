import { Amount, amountsBetween } from './amounts';
import type { Entry, ReportDocument, Sentence } from './document';
import { headingOfPart } from './document';
import { parseCount } from './numerals';

/** A figure in a relation, with the sign it enters the sum with (0: `调增（减）`, either sign). */
export interface Term {
  amount: Amount;
  sign: 1 | -1 | 0;
}

export type RelationKind = 'breakdown' | 'fund' | 'children' | 'projects';

/**
 * An identity the text relies on: Σ lhs = Σ rhs (or ≥ when the rest went back to the treasury).
 * - breakdown: `A，其中B，C` (lhs [A], rhs [B, C]); `（含…）` likewise;
 * - fund: a project's budget + adjustments (lhs) = spending + carry-over (rhs);
 * - children: a project's spending = the spending of its numbered sub-items;
 * - projects: 项目支出 of the summary part = the projects' spending listed later.
 */
export interface Relation {
  kind: RelationKind;
  /** The figure the relation is about: the total of a breakdown, the spending of a fund line. */
  anchor: Amount;
  lhs: Term[];
  rhs: Term[];
  /** Components that may belong to the rhs (the next sentence's `其他资金来源`): it holds either way. */
  optional: Term[];
  /** `剩余资金财政收回`: what is not spent or carried over went back; lhs ≥ rhs is enough. */
  atLeast: boolean;
  /** Project name or other words that say what the relation is about. */
  subject?: string;
}

/** `共11个项目` / `4个，分别是…` and the items the text lists for it. */
export interface CountClaim {
  start: number;
  end: number;
  line: number;
  claimed: number;
  /** The item counts the text supports (figures listed, list entries); the claim holds if it matches one. */
  found: number[];
  noun: string;
  /** The list in the same sentence, when the items follow there (`共11个项目，其中：A27万元；B18万元…`). */
  list?: { start: number; end: number };
}

const SUBTRACT = /追减|调减|核减|减少|收回|缩减/;
const EITHER = /[增加][（(]减[）)]/;

export function signOf(a: Amount): 1 | -1 | 0 {
  if (EITHER.test(a.label)) return 0;
  if (SUBTRACT.test(a.label)) return -1;
  return 1;
}

interface Marker {
  pos: number;
  type: 'qizhong' | 'segment' | 'stop';
  /** `具体包括：` introduces a breakdown only of a figure earlier in the same sentence. */
  sameSentenceOnly?: boolean;
}

const INCLUDES = /(?:具体|主要)?(?:包括|明细(?:项目)?为|明细如下|具体为)[：:]/g;

/** Clauses that start a new total (`共19名在编人员`, `截止…`) end a breakdown. */
const STOP_CLAUSE = /[，,；;：:]\s*(共|合计|总计|累计|截至|截止|另外|此外)/g;

function markersOf(s: Sentence, text: string, parens: Array<[number, number]>): Marker[] {
  const out: Marker[] = [];
  const body = text.slice(s.start, s.end);
  const inParen = (p: number) => parens.some(([a, b]) => p > a && p < b);
  for (const m of body.matchAll(/其中/g)) {
    const pos = s.start + m.index!;
    if (!inParen(pos)) out.push({ pos, type: 'qizhong' });
  }
  for (const m of body.matchAll(INCLUDES)) {
    const pos = s.start + m.index!;
    if (!inParen(pos)) out.push({ pos, type: 'qizhong', sameSentenceOnly: true });
  }
  for (const m of body.matchAll(/[；;]/g)) out.push({ pos: s.start + m.index!, type: 'segment' });
  for (const m of body.matchAll(STOP_CLAUSE)) {
    const pos = s.start + m.index!;
    if (!inParen(pos)) out.push({ pos, type: 'stop' });
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/**
 * Brackets that hold figures. Right after a figure they break it down, with or without 含
 * (`基本支出120.30万元（人员经费98.10万元、公用经费22.20万元）`); elsewhere they are asides. Either way
 * the figures inside are no parts of an outer sum. Marks `insideOf` (the owner, or -1 for an aside).
 */
function markBrackets(doc: ReportDocument, amounts: Amount[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (amounts.length === 0) return spans;
  const text = doc.text;
  const line = doc.lines.lines[amounts[0].line];
  const stack: number[] = [];
  for (let p = line.start; p < line.end; p++) {
    const ch = text[p];
    if (ch === '（' || ch === '(') stack.push(p);
    else if ((ch === '）' || ch === ')') && stack.length) {
      const open = stack.pop()!;
      if (stack.length === 0) spans.push([open, p]);
    }
  }
  for (const [open, close] of spans) {
    const inside = amounts.filter((b) => b.start > open && b.end <= close);
    if (inside.length === 0) continue;
    let q = open;
    while (q > line.start && (text[q - 1] === ' ' || text[q - 1] === '\u3000')) q--;
    const owner = amounts.find((a) => a.end === q);
    for (const b of inside) b.insideOf = owner ? owner.id : -1;
  }
  return spans;
}

/** `比上年减少0.45万元`, `同比增长3万元`: a comparison, never a total or a part of one. */
export function isComparison(a: Amount): boolean {
  return /^(比|较|同比|环比)/.test(a.labelCore) || /比上年|较上年|较去年|比去年|同比|环比/.test(a.label);
}

interface OpenBreakdown {
  total: Amount;
  parts: Amount[];
  parent?: OpenBreakdown;
  segmentSeen: boolean;
}

/** Words that continue a breakdown in the next sentence, by what the total is. */
function continuationFits(total: Amount, a: Amount): boolean {
  if (/收入/.test(total.labelCore)) return /^(其他资金来源|其他收入|上年结转|上级补助)/.test(a.labelCore);
  if (/支出$/.test(total.labelCore)) return /^(结余结转|结转结余)/.test(a.labelCore);
  return false;
}

function terms(amounts: Amount[]): Term[] {
  return amounts.map((amount) => ({ amount, sign: signOf(amount) }));
}

function breakdownsOf(doc: ReportDocument, bySentence: Map<number, Amount[]>, relations: Relation[], inBreakdown: Set<number>): void {
  const text = doc.text;
  const bracketsBySentence = new Map<number, Array<[number, number]>>();
  for (const [index, amounts] of bySentence) bracketsBySentence.set(index, markBrackets(doc, amounts));
  const finished: Array<{ open: OpenBreakdown; sentence: Sentence }> = [];
  for (const s of doc.sentences) {
    const all = bySentence.get(s.index) ?? [];
    if (!/其中|包括|明细|具体为/.test(s.text)) continue;
    const parens = bracketsBySentence.get(s.index) ?? [];
    const main = all.filter((a) => a.insideOf === undefined && !isComparison(a));
    const markers = markersOf(s, text, parens);
    type Tok = { pos: number; amount?: Amount; marker?: Marker };
    const toks: Tok[] = [...main.map((a) => ({ pos: a.start, amount: a })), ...markers.map((m) => ({ pos: m.pos, marker: m }))]
      .sort((x, y) => x.pos - y.pos);
    let open: OpenBreakdown | undefined;
    let last: Tok | undefined;
    const close = () => {
      for (let o = open; o; o = o.parent) finished.push({ open: o, sentence: s });
      open = undefined;
    };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (t.marker?.type === 'stop') close();
      else if (t.marker?.type === 'segment') {
        // `总编制2人，其中：行政编制2人；年末实有人数1人，其中在职1人`: a segment with its own 其中
        // starts a new breakdown, so the one before ends here.
        const rest = toks.slice(i + 1);
        const nextSegment = rest.findIndex((x) => x.marker?.type === 'segment');
        const segmentToks = nextSegment < 0 ? rest : rest.slice(0, nextSegment);
        if (segmentToks.some((x) => x.marker?.type === 'qizhong')) close();
        if (open) for (let o: OpenBreakdown | undefined = open; o; o = o.parent) o.segmentSeen = true;
      } else if (t.marker?.type === 'qizhong') {
        const next = toks.slice(i + 1).find((x) => x.amount)?.amount;
        if (!next) continue;
        if (open && !open.segmentSeen && last?.amount && open.parts.includes(last.amount) && last.amount.kind === next.kind) {
          open = { total: last.amount, parts: [], parent: open, segmentSeen: false };
        } else {
          close();
          const before = main.filter((a) => a.end <= t.pos && a.kind === next.kind);
          let total: Amount | undefined = before[before.length - 1];
          if (!total && !t.marker.sameSentenceOnly && text.slice(s.start, t.pos).trim().replace(/^[，,。]/, '') === '') {
            // `…项目支出131.31元，主要用于…。其中老干部专项经费…`: the previous sentence's figure.
            const prev = doc.sentences[s.index - 1];
            const prevAmounts = prev && prev.line === s.line ? (bySentence.get(prev.index) ?? []).filter((a) => a.insideOf === undefined) : [];
            total = prevAmounts.filter((a) => a.kind === next.kind && !isComparison(a)).pop();
          }
          if (total) open = { total, parts: [], segmentSeen: false };
        }
      } else if (t.amount && open) {
        if (t.amount.kind !== open.total.kind) close();
        else open.parts.push(t.amount);
      }
      last = t;
    }
    close();
  }
  for (const { open, sentence } of finished) {
    // One figure after 其中 is a partial breakdown (`支出648.31万元，其中基本支出353.86万元`).
    if (open.parts.length < 2) continue;
    for (const p of open.parts) inBreakdown.add(p.id);
    let optional: Amount[] = [];
    if (!open.parent) {
      const next = doc.sentences[sentence.index + 1];
      if (next && next.line === sentence.line && !/其中/.test(next.text)) {
        const nextAmounts = (bySentence.get(next.index) ?? []).filter((a) => a.insideOf === undefined);
        if (nextAmounts.length > 0 && nextAmounts.every((a) => a.kind === open.total.kind && continuationFits(open.total, a))) {
          optional = nextAmounts;
        }
      }
    }
    relations.push({
      kind: 'breakdown', anchor: open.total, lhs: [{ amount: open.total, sign: 1 }], rhs: terms(open.parts),
      optional: terms(optional), atLeast: false,
    });
  }
  totalsAfterParts(doc, bySentence, relations, inBreakdown);
  // `（含…）` groups: the figures inside break down the figure they follow.
  const byOwner = new Map<number, Amount[]>();
  for (const a of doc.amounts) {
    if (a.insideOf === undefined || a.insideOf < 0) continue;
    const list = byOwner.get(a.insideOf);
    if (list) list.push(a);
    else byOwner.set(a.insideOf, [a]);
  }
  for (const [owner, parts] of byOwner) {
    const total = doc.amounts[owner];
    const same = parts.filter((p) => p.kind === total.kind);
    if (same.length < 2) continue;
    for (const p of same) inBreakdown.add(p.id);
    relations.push({ kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: terms(same), optional: [], atLeast: false });
  }
}

const TOTAL_WORD = /^(以上|上述)?(合计|共计|总计|小计|总额)|(合计|共计|总计|小计|总额)(为)?$/;

/**
 * `年初预算50.36万元，调整追减11.65万元，其他资金来源19.88万元，合计58.59万元`: the total after its
 * parts. The parts are the figures before it in the sentence that no other breakdown has taken.
 */
function totalsAfterParts(doc: ReportDocument, bySentence: Map<number, Amount[]>, relations: Relation[], inBreakdown: Set<number>): void {
  const taken = new Set<number>([...inBreakdown, ...relations.map((r) => r.anchor.id)]);
  for (const [, amounts] of bySentence) {
    const main = amounts.filter((a) => a.insideOf === undefined && !isComparison(a));
    for (let i = 2; i < main.length; i++) {
      // at least two figures before the total
      const total = main[i];
      if (!TOTAL_WORD.test(total.label) || taken.has(total.id)) continue;
      const parts: Amount[] = [];
      for (let j = i - 1; j >= 0 && !taken.has(main[j].id) && main[j].kind === total.kind; j--) parts.unshift(main[j]);
      if (parts.length < 2) continue;
      for (const p of parts) {
        inBreakdown.add(p.id);
        taken.add(p.id);
      }
      taken.add(total.id);
      relations.push({ kind: 'breakdown', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: terms(parts), optional: [], atLeast: false });
    }
  }
}

export type FundRole = 'budget' | 'prior' | 'transfer' | 'adjust' | 'spend' | 'carry' | 'recall';

/** What a figure is in a project's fund line, from its words. */
export function fundRole(a: Amount): FundRole | undefined {
  const l = a.labelCore;
  if (/收入|基本支出|人员经费|公用经费|三公/.test(l)) return undefined;
  if (/上年(度)?(结转|结余)/.test(l)) return 'prior';
  if (/转移支付|上级补助/.test(l)) return 'transfer';
  if (/年初预算|年初安排|预算(金额|资金|支出|数|安排)?$/.test(l)) return 'budget';
  if (EITHER.test(a.label) || /调增|调减|追加|追减|核减|增加|减少|调整/.test(l)) return 'adjust';
  if (/财政收回|收回/.test(l)) return 'recall';
  if (/结余结转|结转结余|结余|结转/.test(l)) return 'carry';
  if (/支出|执行数/.test(l)) return 'spend';
  return undefined;
}

const RETURNED = /财政收回|收回财政|上缴财政|交回财政|缴回财政/;

interface FundLine {
  relation: Relation;
  spend: Amount;
  sentence: Sentence;
}

function fundLinesOf(doc: ReportDocument, bySentence: Map<number, Amount[]>, inBreakdown: Set<number>): FundLine[] {
  const out: FundLine[] = [];
  for (const s of doc.sentences) {
    const main = (bySentence.get(s.index) ?? []).filter((a) => a.insideOf === undefined && !inBreakdown.has(a.id) && a.kind === 'money' && !isComparison(a));
    if (main.length < 2) continue;
    const roles = main.map((a) => fundRole(a));
    // `年初预算项目：…五项合计582.90万元`: the sentence says what the first figure is.
    if (roles[0] === undefined && /年初预算/.test(doc.text.slice(s.start, main[0].start))) roles[0] = 'budget';
    const count = (r: FundRole) => roles.filter((x) => x === r).length;
    if (count('budget') > 1 || count('spend') !== 1) continue;
    const sources = count('budget') + count('prior') + count('transfer');
    if (sources === 0) continue;
    if (count('carry') + count('adjust') + count('prior') + count('transfer') + count('recall') === 0) continue;
    if (main.some((a) => a.approximate)) continue;
    const lhs: Term[] = [];
    const rhs: Term[] = [];
    main.forEach((a, i) => {
      const r = roles[i];
      if (r === 'budget' || r === 'prior' || r === 'transfer') lhs.push({ amount: a, sign: 1 });
      else if (r === 'adjust') lhs.push({ amount: a, sign: signOf(a) });
      else if (r === 'spend' || r === 'carry' || r === 'recall') rhs.push({ amount: a, sign: 1 });
    });
    const spend = main[roles.indexOf('spend')];
    const lineText = doc.lines.lines[s.line].text;
    const subject = /项目[“"]([^”"]{1,40})[”"]/.exec(s.text)?.[1];
    const relation: Relation = {
      kind: 'fund', anchor: spend, lhs, rhs, optional: [],
      atLeast: RETURNED.test(lineText) && count('recall') === 0, subject,
    };
    out.push({ relation, spend, sentence: s });
  }
  return out;
}

/** Money figures that say what was spent, outside any breakdown, in a range of text. */
function spendsIn(doc: ReportDocument, start: number, end: number, inBreakdown: Set<number>): Amount[] {
  return amountsBetween(doc.amounts, start, end).filter(
    (a) => a.kind === 'money' && !a.cell && a.insideOf === undefined && !inBreakdown.has(a.id) && fundRole(a) === 'spend',
  );
}

/** The first fund line of each line of text: what a numbered project item says about its money. */
function fundLinesByLine(fundLines: FundLine[]): Map<number, FundLine> {
  const byLine = new Map<number, FundLine>();
  for (const f of fundLines) if (!byLine.has(f.sentence.line)) byLine.set(f.sentence.line, f);
  return byLine;
}

function childrenRelations(doc: ReportDocument, byLine: Map<number, FundLine>, inBreakdown: Set<number>, relations: Relation[]): void {
  entries: for (const e of doc.entries) {
    if (e.children.length === 0) continue;
    const own = byLine.get(e.line);
    if (!own) continue;
    const spends: Amount[] = [];
    for (const c of e.children) {
      const found = spendsIn(doc, c.start, c.sectionEnd, inBreakdown);
      if (found.length !== 1 || found[0].approximate) continue entries;
      spends.push(found[0]);
    }
    relations.push({
      kind: 'children', anchor: own.spend, lhs: [{ amount: own.spend, sign: 1 }], rhs: terms(spends), optional: [], atLeast: false,
      subject: own.relation.subject,
    });
  }
}

function projectsRelation(doc: ReportDocument, fundLines: FundLine[], byLine: Map<number, FundLine>, relations: Relation[]): void {
  const summary = headingOfPart(doc, doc.outline?.summaryPart);
  const projects = headingOfPart(doc, doc.outline?.projectsPart);
  if (!summary || !projects) return;
  const total = amountsBetween(doc.amounts, summary.start, summary.sectionEnd).find((a) => a.kind === 'money' && /^项目支出(合计)?$/.test(a.labelCore));
  if (!total) return;
  const spends: Amount[] = [];
  if (projects.children.length > 0) {
    for (const c of projects.children) {
      const f = byLine.get(c.line);
      if (!f) return;
      spends.push(f.spend);
    }
  } else {
    for (const f of fundLines) {
      if (f.sentence.start >= projects.start && f.sentence.end <= projects.sectionEnd) spends.push(f.spend);
    }
    // Two fund lines in one paragraph are one project told twice, not two projects.
    if (new Set(spends.map((s) => s.line)).size !== spends.length) return;
  }
  if (spends.length === 0) {
    // `共3个项目，其中：A60万元；B30.2万元；C20万元` (the Hengyang outline's 二（二）): the listed figures.
    const claim = doc.counts.find((c) => c.list && c.start >= projects.start && c.end <= projects.sectionEnd);
    if (!claim?.list) return;
    spends.push(...amountsBetween(doc.amounts, claim.list.start, claim.list.end).filter((a) => a.kind === 'money' && a.insideOf === undefined));
    if (spends.length < 2) return;
  }
  relations.push({ kind: 'projects', anchor: total, lhs: [{ amount: total, sign: 1 }], rhs: terms(spends), optional: [], atLeast: false });
}

/** The relations of a document; reads `doc.counts`, so counts are built first. */
export function buildRelations(doc: ReportDocument): Relation[] {
  const bySentence = new Map<number, Amount[]>();
  for (const a of doc.amounts) {
    const list = bySentence.get(a.sentence);
    if (list) list.push(a);
    else bySentence.set(a.sentence, [a]);
  }
  const relations: Relation[] = [];
  const inBreakdown = new Set<number>();
  breakdownsOf(doc, bySentence, relations, inBreakdown);
  const fundLines = fundLinesOf(doc, bySentence, inBreakdown);
  for (const f of fundLines) relations.push(f.relation);
  const byLine = fundLinesByLine(fundLines);
  childrenRelations(doc, byLine, inBreakdown, relations);
  projectsRelation(doc, fundLines, byLine, relations);
  return relations.filter((r) => ![...r.lhs, ...r.rhs, ...r.optional].some((t) => t.amount.approximate));
}

const COUNT_RE = /共\s*([0-9０-９]{1,4}|[一二两三四五六七八九十]{1,3})\s*(个|项)([\u4e00-\u9fff]{0,6})/g;
const LISTED_RE = /([0-9０-９]{1,4}|[一二两三四五六七八九十]{1,3})\s*(个|项)([^，。；]{0,6})，\s*分别(?:是|为)[：:]?/g;
const ENUM_LINE = /^\s*([一二三四五六七八九十]{1,3}是|[（(]?[0-9０-９一二三四五六七八九十]{1,3}[）)、.．])/;

function listItems(doc: ReportDocument, from: number, to: number): number[] {
  const list = doc.text.slice(from, to);
  const money = amountsBetween(doc.amounts, from, to).filter((a) => a.kind === 'money').length;
  const sep = /[；;]/.test(list) ? /[；;]/ : /[、，,]/;
  const segments = list.split(sep).filter((x) => x.replace(/[。\s]/g, '') !== '').length;
  return money > 0 ? [money, segments] : [segments];
}

function entryOnLine(doc: ReportDocument, line: number): Entry | undefined {
  let lo = 0;
  let hi = doc.entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const l = doc.entries[mid].line;
    if (l === line) return doc.entries[mid];
    if (l < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function buildCounts(doc: ReportDocument): CountClaim[] {
  const out: CountClaim[] = [];
  for (const s of doc.sentences) {
    if (!s.text.includes('个') && !s.text.includes('项')) continue;
    for (const m of s.text.includes('共') ? s.text.matchAll(COUNT_RE) : []) {
      const claimed = parseCount(m[1]);
      if (claimed === undefined) continue;
      const start = s.start + m.index!;
      const end = start + m[0].length;
      const after = doc.text.slice(end, s.end);
      const marker = /^[^。]{0,4}?(其中|分别(?:是|为))[：:]?|^[^，。]{0,4}?[：:]/.exec(after);
      if (!marker) continue;
      const listStart = end + marker.index + marker[0].length;
      const listText = doc.text.slice(listStart, s.end).replace(/[。\s]/g, '');
      let found: number[];
      if (listText === '') {
        // `专项资金共3个，其中：` and the items follow as 一是… / 1. … paragraphs.
        let n = 0;
        for (let li = s.line + 1; li < doc.lines.lines.length; li++) {
          const t = doc.lines.lines[li].text;
          if (t.trim() === '') continue;
          const entry = entryOnLine(doc, li);
          if (entry?.isHeading && entry.level <= 2) break;
          if (ENUM_LINE.test(t)) n++;
          else if (n > 0) break;
        }
        if (n === 0) continue;
        found = [n];
      } else {
        found = listItems(doc, listStart, s.end);
      }
      out.push({ start, end, line: s.line, claimed, found, noun: m[3], list: listText === '' ? undefined : { start: listStart, end: s.end } });
    }
    for (const m of s.text.includes('分别') ? s.text.matchAll(LISTED_RE) : []) {
      const claimed = parseCount(m[1]);
      if (claimed === undefined) continue;
      const start = s.start + m.index!;
      const listStart = start + m[0].length;
      const rest = doc.text.slice(listStart, s.end);
      const listEnd = listStart + (/[，。；]/.exec(rest)?.index ?? rest.length);
      const items = doc.text.slice(listStart, listEnd).split(/[、]/).filter((x) => x.trim() !== '').length;
      out.push({ start, end: start + m[1].length + m[2].length, line: s.line, claimed, found: [items], noun: m[3] });
    }
  }
  return out;
}
