import { Amount, amountsBetween } from './amounts';
import type { ReportDocument, Sentence } from './report';
import { parseChineseNumeral, parseCount } from './numerals';
import { standsApart, type CountClaim } from './terms';
import { nextLineOfWords } from './text';
import { continuationsOf } from './wrapped';
import { ENUM_LINE, numberedItemsBelow, tableRowsAfter } from './items-below';
import { firstClauseEnd, joinedCounts, maskQuoted, splitItems } from './list-items';
import { countsAroundLists } from './counts-around';

/** Measures of named things (`7所学校`, `5座危桥`, `3家医院`): people are counted elsewhere. */
const MEASURE = '个|项|类|所|家|座|条|处';
const COUNT_RE = new RegExp(`共(?:有|计|实施|安排|涉及|包括)?(?:项目|专项)?\\s*([0-9０-９]{1,4}|[一二两三四五六七八九十]{1,3})\\s*(${MEASURE})([\\u4e00-\\u9fff]{0,6})`, 'g');
const LISTED_RE = new RegExp(`([0-9０-９]{1,4}|[一二两三四五六七八九十]{1,3})\\s*(${MEASURE})([^，,。；;]{0,6}?)[，,]?\\s*(?:分别|具体)(?:是|为)[：:]?`, 'g');
const HAS_MEASURE = new RegExp(MEASURE);
// (`，项目支出合计16557.43万元，分别为：`: the sum may be named.)
const SUM_THEN_LIST = /^[，,]\s*[\u4e00-\u9fff“”]{0,8}?(?:合计|共计|总计|金额|资金)[^，,。；]{0,8}?[0-9０-９][0-9０-９.,]*\s*(?:万元|元|亿元)(?:\[\^[^\]]{1,8}\])?[，,]\s*(其中|分别(?:是|为))[：:，,]?/;
/** A digit of a count, in figures or in words. */
const NUMERAL_CHAR = '[0-9０-９一二两三四五六七八九十]';
/** `9个行政村和1个社区，分别为…`: the count before 和 is part of what the list holds. */
const COUNT_BEFORE = new RegExp(`${NUMERAL_CHAR}\\s*(?:${MEASURE})[\\u4e00-\\u9fff]{0,6}(?:和|及|、)$`);

/** How many of the figures (in order, from `from` on) stand inside brackets (read before the brackets are marked). */
function inBrackets(text: string, from: number, figures: Amount[]): number {
  let depth = 0;
  let at = from;
  let inside = 0;
  for (const a of figures) {
    for (; at < a.start; at++) {
      if (text[at] === '（' || text[at] === '(') depth++;
      else if ((text[at] === '）' || text[at] === ')') && depth > 0) depth--;
    }
    if (depth > 0) inside++;
  }
  return inside;
}

/** Measures of units and places, one for another (`二级预算单位共19个，…以及12家乡镇卫生院和2家…`). */
const PLACES = /^[个家所座处]$/;

function countsItself(list: string, measure: string): boolean {
  return new RegExp(`${NUMERAL_CHAR}\\s*${measure}`).test(list);
}

/** A count of a kind of unit, its name after it (`12家乡镇卫生院`; not `建设1处`). */
const UNITS_COUNTED = new RegExp(`${NUMERAL_CHAR}\\s*[个家所座处][\\u4e00-\\u9fff]{2}`);

/** `…以及12家乡镇卫生院和2家社区卫生服务中心`: items that are counts of a kind of unit. */
function countsOfUnits(list: string, measure: string): boolean {
  return PLACES.test(measure) && UNITS_COUNTED.test(list);
}

function listItems(doc: ReportDocument, from: number, end: number): number[] {
  // `《青溪县大事记（2022）》《青溪老照片（第二辑）》《…》，为…`: titles written one after another are its items.
  const titles = TITLES_RUN.exec(doc.text.slice(from, end));
  if (titles) return [titles[0].split('《').length - 1];
  const masked = maskQuoted(doc.text.slice(from, end));
  // Items joined by `、` end at the first `，`: what follows is another clause (`…，其他零星支出按…`).
  // (Also before a `；`: `分别为文书档案、会计档案、基建档案和声像档案，合计2316卷；征集…` — names without figures.)
  const comma = masked.search(/[，,]/);
  const namesOnly = comma > 0 && masked.slice(0, comma).includes('、') && !/[0-9０-９；;]/.test(masked.slice(0, comma));
  // (A `、` only past the first `，` is inside a later item's name: `…，看守所、拘留所运转经费157.70万元`.)
  const to = (!/[；;]/.test(masked) && comma >= 0 && masked.slice(0, comma).includes('、')) || namesOnly ? from + comma : end;
  const list = doc.text.slice(from, to);
  const figures = amountsBetween(doc.amounts, from, to).filter((a) => a.kind === 'money' && !standsApart(a));
  const money = figures.length;
  const sep = /[；;]/.test(maskQuoted(list)) ? /[；;]/ : /[、，,]/;
  const items = splitItems(list, sep);
  // Each item with its own figure (`…，港航水运及渡口管理经费500.00万元`): a 及 inside one is its name.
  if (money > 1 && money === items.length) return [money];
  // (`共实施项目12个，其中：市局本级14,218.62万元（其中：执法办案经费…，…），交通警察支队…（其中：…）`: the
  // items may be those in the brackets, each unit's listed there.)
  const inner = inBrackets(doc.text, from, figures);
  return [...(money > 0 ? [money] : []), ...(inner > 1 && inner < money ? [inner] : []), ...joinedCounts(items)];
}

/** Book or document titles one after another (or joined by `、`, 和, 及), up to the clause's end. */
const TITLES_RUN = /^\s*(?:《[^《》]{1,60}》\s*[、和及与]?\s*){2,}(?=[，,。；;]|$)/;

const BY_UNIT = /各单位|分单位|按单位|各二级单位/;
const TABLE_REF = /^[^。]{0,48}?(如下表|见下表|详见下表|如表\s*[0-9０-９]*\s*所示|(?:具体|明细|情况)如下[：:]\s*$)/;

/**
 * How far past a count its list is read. A list runs to its sentence's end; a sentence without
 * stops can run for megabytes and hold thousands of counts, so a longer list is not read at all.
 */
const LIST_WINDOW = 600;
/** The money of the projects together, by where it came from: `财政拨款项目支出`, `其他收入安排的项目支出`. */
const PROJECTS_MONEY = /项目(?:支出|资金|经费)$/;
/** A clause that sends the reader to a table or an annex for the items. */
const POINTS_TO_TABLE = /[，,](?:详|具体|明细)?(?:见|如)(?:附)?表\s*[0-9０-９一二三四五六七八九十]*(?:所示)?$/;

/**
 * Where a list that runs to its sentence's end ends: in the last line a hard wrap carries the
 * sentence to. Undefined when it stops on a pause (`；` `，`) with nothing to carry it on, as a list
 * cut short or left unfinished does: its items are not all there to count. (A `：` at the end
 * introduces items written below.)
 */
function sentenceListEnd(doc: ReportDocument, s: Sentence): number | undefined {
  const more = continuationsOf(doc, s);
  const last = more.length ? more[more.length - 1] : s;
  // Read from the end: a sentence without stops can run for megabytes and hold thousands of counts.
  let i = last.end - 1;
  while (i > last.start && /\s/.test(doc.text[i])) i--;
  return '，,、；;'.includes(doc.text[i]) ? undefined : last.end;
}

/** Words of a list that say its items are told together, by kind (`合并说明`, `分4类`). */
const SAID_TOGETHER = /合并|一并|分[0-9０-９一二三四五六七八九十两]{1,2}类/;

/** Words opening a list that say it names some of the things counted. */
const SOME_OF_THEM = /^[^、，,；;]{0,20}?(?:主要|较大|较多|重点|部分|例如|比如)/;

export function buildCounts(doc: ReportDocument): CountClaim[] {
  const out: CountClaim[] = [];
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const firstOfSentence = out.length;
    if (!HAS_MEASURE.test(s.text)) continue;
    // Where the sentence's list ends, worked out once for all its counts.
    let listEndOf: { at: number | undefined } | undefined;
    const sentenceEnd = () => (listEndOf ??= { at: sentenceListEnd(doc, s) }).at;
    for (const m of s.text.includes('共') ? s.text.matchAll(COUNT_RE) : []) {
      const claimed = parseCount(m[1]);
      if (claimed === undefined) continue;
      const start = s.start + m.index!;
      const end = start + m[0].length;
      const after = doc.text.slice(end, Math.min(s.end, end + LIST_WINDOW));
      // `其中：` and `其中，` alike: drafters end the line with either before the items below.
      // (`共安排项目5个，合计71.51万元，其中：…`: the items' sum said between the count and its list.)
      // (`…共实施项目4个，具体情况如下：` and the items below.)
      let marker = /^[^。]{0,4}?(其中|分别(?:是|为))[：:，,]?|^[^。，,]{0,8}?[，,](包括|即)[：:]?|^[^，,。]{0,4}?[：:]|^[，,](?:具体|各项目)?(?:情况)?(?<below>如下)[：:]/.exec(after) ?? SUM_THEN_LIST.exec(after);
      // (`…如下：` over anything but numbered items, a table's caption: the table's rows, as with no marker.)
      if (marker?.groups?.below && !ENUM_LINE.test(doc.lines.lines[nextLineOfWords(doc.lines.lines, s.line)]?.text ?? '')) marker = null;
      if (!marker) {
        // `纳入绩效自评的项目共5个，资金安排及使用情况如下表：` and the table's rows are the items.
        const about = m[0] + doc.text.slice(Math.max(s.start, start - 12), start);
        // (Or the next sentence on the line says so: `…共8个项目，项目预算…。各项目执行情况如下表：`.)
        const next = doc.sentences[si + 1];
        // (Not a table by unit: `共实施项目11个，…。各单位项目情况如下表` has a row per unit.)
        const refers = (TABLE_REF.test(after) || (next !== undefined && next.line === s.line && TABLE_REF.test(next.text))) && !BY_UNIT.test(doc.text.slice(Math.max(s.start, start - 60), end + 120));
        const rows = refers && /项目/.test(about) ? tableRowsAfter(doc, s.line) : undefined;
        if (rows !== undefined) out.push({ start, end, line: s.line, claimed, found: [rows], measure: m[2], noun: m[3] });
        continue;
      }
      const listStart = end + marker.index + marker[0].length;
      const listEnd = sentenceEnd();
      if (listEnd === undefined || listEnd - listStart > LIST_WINDOW) continue;
      const listText = doc.text.slice(listStart, listEnd).replace(/[。\s]/g, '');
      let found: number[];
      if (listText === '') {
        // `专项资金共3个，其中：` and the items follow as 一是… / 1. … paragraphs.
        const n = numberedItemsBelow(doc, s.line);
        if (n === undefined) continue;
        // `…共4个项目：` over a table: its rows are the items.
        const rows = n === 0 && /项目/.test(m[0] + doc.text.slice(Math.max(s.start, start - 12), start)) ? tableRowsAfter(doc, s.line) : undefined;
        if (n === 0 && rows === undefined) continue;
        found = [n || rows!];
      } else {
        // `共9个，其中甲、乙各1个，丙7个`, `共7所，其中小学4所`: items that count themselves are a sum.
        const listed = doc.text.slice(listStart, listEnd);
        if (countsItself(listed, m[2]) || countsOfUnits(listed, m[2])) continue;
        // `共5个项目，其中公共卫生服务项目按…据实结算，见表2`: words on one of them, the items in a table.
        // (`共6个项目，其中支出较大的项目主要包括：A、B、C`: the list says it names some.)
        // (`共5个项目，其中中央、省级免费开放补助资金合并说明，分4类情况如下`: some said together, no list of them.)
        if (POINTS_TO_TABLE.test(listText) || SOME_OF_THEM.test(listText) || SAID_TOGETHER.test(listText)) continue;
        found = listItems(doc, listStart, listEnd);
        // (`共8个项目，其中中央和省级转移支付资金安排的项目支出1428.60万元`: one thing said after 其中 is
        // some of them, no list of them.)
        // (Nor are the projects' money by source: `共5个项目，其中财政拨款项目支出49.51万元，其他收入安排的项目支出0.82万元`.)
        const figures = marker[1] === '其中' ? amountsBetween(doc.amounts, listStart, listEnd).filter((a) => !standsApart(a)) : [];
        if ((claimed > 2 && figures.length === 1) || (figures.length > 0 && figures.every((a) => PROJECTS_MONEY.test(a.labelCore)))) continue;
        // (`专项资金共1个，即…示范项目，上级下达资金…，实际支出…`: the one thing named; what follows says of it.)
        if (claimed === 1) continue;
      }
      out.push({ start, end, line: s.line, claimed, found, measure: m[2], noun: m[3], list: listText === '' ? undefined : { start: listStart, end: listEnd } });
    }
    // The counts read above in this sentence, in text order, as the matches below come.
    if (/分别|具体/.test(s.text)) listedCounts(doc, s, sentenceEnd() ?? s.end, firstOfSentence, out);
    const more = [...(s.text.includes('：') || s.text.includes(':') ? colonCounts(doc, s, sentenceEnd() ?? s.end) : []), ...countsAroundLists(doc, s)];
    appendUnread(out, firstOfSentence, more.sort((a, b) => a.start - b.start));
  }
  return out;
}

/**
 * The counts `more` (in text order) that no count already read in the sentence (from `first` on, in
 * text order too) stands at: walked side by side, as a sentence may hold thousands of counts.
 */
function appendUnread(out: CountClaim[], first: number, more: CountClaim[]): void {
  const read = out.length;
  let j = first;
  for (const c of more) {
    while (j < read && out[j].end + 4 <= c.start) j++;
    if (j >= read || out[j].start > c.start) out.push(c);
  }
}

/** `9个行政村分别为：…`, `7个项目，具体为：…`: a count said right before its list, with no 共. */
function listedCounts(doc: ReportDocument, s: Sentence, end: number, firstOfSentence: number, out: CountClaim[]): void {
  let read = firstOfSentence;
  for (const m of s.text.matchAll(LISTED_RE)) {
    const claimed = parseCount(m[1]);
    if (claimed === undefined) continue;
    const start = s.start + m.index!;
    if (COUNT_BEFORE.test(doc.text.slice(Math.max(s.start, start - 12), start))) continue;
    const listStart = start + m[0].length;
    // The list ends at the first clause that is not an item (`…、C，D按其他项目支出管理`).
    const stop = firstClauseEnd(doc.text, listStart, Math.min(end, listStart + LIST_WINDOW));
    if (stop === undefined && end - listStart > LIST_WINDOW) continue;
    const listEnd = stop ?? end;
    // `共2个，分别是…` was read above as a whole.
    while (read < out.length && out[read].end <= start) read++;
    if (read < out.length && out[read].start <= start) continue;
    const clause = doc.text.slice(listStart, listEnd);
    // `共19个，分别为：A、B、…，以及12家乡镇卫生院和2家社区卫生服务中心`: items that count themselves.
    if (countsOfUnits(doc.text.slice(listStart, Math.min(end, listStart + LIST_WINDOW)), m[2])) continue;
    // `涵盖7个项目，具体为：A168.40万元，B245.36万元，…`: items each with its figure, `，` between them.
    const found = clause.includes('、') ? joinedCounts(splitItems(clause, /[、]/)) : moneyClauses(doc, listStart, end);
    if (!found) continue;
    out.push({ start, end: start + m[1].length + m[2].length, line: s.line, claimed, found, measure: m[2], noun: m[3] });
  }
}

/**
 * The items from `from` (to the sentence's end, or a `其中` after them) when each holds one money
 * figure: `；` between them (`竹山村道路硬化1.2公里，奖补资金42.60万元；…`, a 合计 after the last one
 * left out), or `，` between short ones (`A168.40万元，B245.36万元，…`). Undefined for anything else.
 */
function moneyClauses(doc: ReportDocument, from: number, end: number): number[] | undefined {
  const text = doc.text.slice(from, Math.min(end, from + LIST_WINDOW));
  const stop = text.search(/其中|。/);
  const region = stop < 0 ? text : text.slice(0, stop);
  const bySemicolon = /[；;]/.test(region);
  const items = (bySemicolon ? region.replace(/[，,](?:合计|共计|总计)[^；;]*$/, '') : region).split(bySemicolon ? /[；;]/ : /[，,]/).filter((c) => c.trim());
  if (items.length < 2) return undefined;
  let at = from;
  for (const c of items) {
    const begin = doc.text.indexOf(c, at);
    at = begin + c.length;
    if (c.length > (bySemicolon ? 80 : 40) || amountsBetween(doc.amounts, begin, at).filter((a) => a.kind === 'money').length !== 1) return undefined;
  }
  return [items.length];
}

/** `完成适老化改造项目3个：` with no 共: a count right before its colon. */
// (`从以下三个方面加以改进：一是…`: a few words may follow before the colon when 一是, 二是… come after it.)
const COUNT_AT_COLON = new RegExp(`([0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})\\s*(${MEASURE})([\\u4e00-\\u9fff]{0,8})[：:]`, 'g');
const ORDINAL_ITEM = /(?:^|[：:；;。，,])\s*([一二三四五六七八九十]{1,2})是/g;

/** What a colon's names run to: the first `，` `。` `；` (or the sentence's end). */
const NAMES_END = /[，,。；;]/;

/**
 * `全年完成适老化改造项目3个：一是…；二是…；三是…；四是…。`: a count before a colon whose items are
 * written 一是, 二是…: as many as the ordinals, which must run 一, 二, 三 without a gap. Or names
 * joined by `、`, no figure among them (`评定优秀人民调解委员会5家：桂湖社区调委会、沙洲村调委会、…`).
 */
function colonCounts(doc: ReportDocument, s: Sentence, listEnd: number): CountClaim[] {
  const out: CountClaim[] = [];
  for (const m of s.text.matchAll(COUNT_AT_COLON)) {
    const claimed = parseCount(m[1]);
    const start = s.start + m.index!;
    const from = start + m[0].length;
    if (claimed === undefined || listEnd - from > LIST_WINDOW) continue;
    let n = 0;
    for (const o of doc.text.slice(from - 1, listEnd).matchAll(ORDINAL_ITEM)) {
      if (parseChineseNumeral(o[1]) !== n + 1) break;
      n++;
    }
    const countEnd = start + m[1].length + m[2].length;
    // (`其中本级项目2个、上级专项2个：` is a part of a list; `…服务保障等5个方面：` counts what came before it.)
    // (Read within a window: a sentence without stops may hold thousands of counts.)
    const clause = doc.text.slice(Math.max(s.start, start - 40), start);
    const clauseBefore = clause.slice(Math.max(clause.lastIndexOf('，'), clause.lastIndexOf('；'), clause.lastIndexOf(',')) + 1);
    if (/其中|、/.test(clauseBefore) || /等\s*$/.test(clause)) continue;
    if (n >= 2) {
      out.push({ start, end: countEnd, line: s.line, claimed, found: [n], measure: m[2], noun: '' });
      continue;
    }
    if (m[3].length > 4) continue;
    const rest = doc.text.slice(from, listEnd);
    // `全年主要完成以下5项工作：` ending its line, and the items numbered below it.
    if (rest.trim() === '') {
      const below = numberedItemsBelow(doc, s.line);
      if (below !== undefined && below >= 2) out.push({ start, end: countEnd, line: s.line, claimed, found: [below], measure: m[2], noun: m[3] });
      continue;
    }
    const names = rest.slice(0, NAMES_END.exec(rest)?.index ?? rest.length);
    if (!names.includes('、') || /[0-9０-９等]/.test(names)) continue;
    const found = listItems(doc, from, from + names.length);
    if (found.length) out.push({ start, end: countEnd, line: s.line, claimed, found, measure: m[2], noun: '', list: { start: from, end: from + names.length } });
  }
  return out;
}
