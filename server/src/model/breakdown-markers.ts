import { Amount, labelCoreOf } from './amounts';
import type { Sentence } from './report';
import { forEachMatch } from './text';

/**
 * Where a sentence's lists open (其中, 包括, `中，`, 由…构成), where `；` splits them, and the clauses
 * that stop them: the marks the breakdown reader (breakdowns.ts) walks with the figures.
 */

export interface Marker {
  pos: number;
  type: 'qizhong' | 'segment' | 'stop';
  /** `具体包括：` introduces a breakdown only of a figure earlier in the same sentence. */
  sameSentenceOnly?: boolean;
  /** `基本支出中，人员经费…`: the total is the figure of this name said before. */
  named?: string;
}

// (`其中人员经费712.36万元，主要包括工资福利支出648.20万元、…`, `…171.35万元，含人员经费…`: right after a figure, 包括 opens that
// figure's own list, colon or not.)
// (`…，二级预算单位24个：县疾病预防控制中心…`: a colon right after a figure opens its own list too;
// `项目支出21,377.77万元，共9个项目，分别为：…` lists the money said before the count; `…，占…65.23%，包括…`, its
// parts' names maybe led by their codes, `包括301工资福利支出…`.)
const INCLUDES = /(?:具体|主要)?(?:包括|明细(?:项目)?为|明细如下|具体为)[：:]|(?<=[0-9０-９](?:万元|元|亿元)[，,](?:占[^，,。；;]{0,20}?[0-9０-９.．]+[%％][，,])?)(?:分别(?:为|是)[：:]?|(?:主要)?包括|含)(?=[\u4e00-\u9fff]|[0-9]{3,7}[\u4e00-\u9fff])|(?<=[0-9０-９](?:个|人|名|家|所|项)[，,])(?:主要)?包括(?=[\u4e00-\u9fff])|(?<=[0-9０-９](?:万元|元|亿元|个|人|名|家|所|项))[：:](?=[\u4e00-\u9fff])|(?<=[0-9０-９](?:万元|元|亿元))中[，,：:](?=[\u4e00-\u9fff])|(?<=[0-9０-９](?:万元|元|亿元)[，,]共(?:有|计|实施|安排)?[0-9０-９一二三四五六七八九十]{1,3}(?:个|项)(?:项目|专项)?[，,])分别(?:为|是)[：:]?(?=[\u4e00-\u9fff])/g;

/**
 * `项目支出共计412.60万元，残疾人康复救助、职业技能培训、辅助器具适配、托养服务四个项目分别为186.30万元、…`:
 * right after a figure, items named and counted, then their figures — all of them, the figure's list.
 * (`分别` matched first, then what stands before it: only where 分别 is, is the rest looked at.)
 */
const NAMED_ALL = /分别(?<=[0-9０-９](?:万元|元|亿元)[，,](?:[\u4e00-\u9fff“”]{2,14}、){1,7}[\u4e00-\u9fff“”]{2,14}[两二三四五六七八九十0-9]{1,2}(?:个|项)(?:项目|专项)?分别)(?:为|是)[：:]?(?=[0-9０-９])/g;

/**
 * `基本支出612.45万元，由人员经费531.27万元和公用经费71.18万元构成`: `由` right after a figure opens its
 * list, and `构成` (`组成`) right after the last item closes it; so past the figure's share (`人员经费282.88万元，
 * 占基本支出的80.97%，由…构成`).
 */
const MADE_OF = /(?<=[0-9０-９](?:万元|元|亿元|人|名)[，,](?:占[^，,。；;%％]{1,20}[%％][，,])?)由(?=[^。；;]{2,80}?[0-9０-９](?:万元|元|亿元|人|名)(?:构成|组成))|(?<=[0-9０-９](?:万元|元|亿元|人|名)[，,]由[^。；;0-9０-９]{2,40}(?:构成|组成)[，,])分别(?:为|是)/g;
const MADE_OF_END = /(?<=[0-9０-９](?:万元|元|亿元|人|名))(?:构成|组成)/g;

/**
 * Clauses that start a new total (`共19名在编人员`, `截止…`, `年末实有在编人员30人` after the posts)
 * or add what is outside it (`另有退休人员18人`) end a breakdown.
 */
const STOP_CLAUSE = /[，,；;：:]\s*(共|合计|总计|累计|截至|截止|另外|此外|另有|另聘|另设|还有|(?:年末)?实有|(?:以上|上述)?[一二两三四五六七八九十0-9]{1,3}(?:项|个|类|笔)(?:项目|资金|经费)?(?:合计|共计|总计|共))/g;

/** Whether an offset is inside one of the spans (sorted, not overlapping). */
function inSpans(spans: Array<[number, number]>, p: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= p) lo = mid + 1;
    else if (spans[mid][0] >= p) hi = mid - 1;
    else return true;
  }
  return false;
}

const QIZHONG = /其中/g;
/** `基本支出中，` opening a sentence: what follows breaks down the figure of that name. */
// (`基本支出由人员经费和公用经费构成，分别为…`: the kind said before, made of the figures after 分别为.)
export const WITHIN = /^\s*([\u4e00-\u9fff“”]{2,10}?)中[，,：:]|^\s*(基本支出|项目支出|人员经费|公用经费|一般公共预算支出|支出|收入)(?:中(?=[\u4e00-\u9fff])|由(?=[^。；;0-9０-９]{2,40}(?:构成|组成)[，,]分别(?:为|是)))/;
const SEGMENT = /[；;]/g;

export function markersOf(s: Sentence, text: string, parens: Array<[number, number]>): Marker[] {
  const out: Marker[] = [];
  const body = text.slice(s.start, s.end);
  const inParen = (p: number) => inSpans(parens, p);
  forEachMatch(QIZHONG, body, (m) => {
    const pos = s.start + m.index;
    if (!inParen(pos)) out.push({ pos, type: 'qizhong' });
  });
  forEachMatch(INCLUDES, body, (m) => {
    const pos = s.start + m.index;
    if (!inParen(pos)) out.push({ pos, type: 'qizhong', sameSentenceOnly: true });
  });
  if (body.includes('分别')) {
    forEachMatch(NAMED_ALL, body, (m) => {
      const pos = s.start + m.index;
      if (!inParen(pos)) out.push({ pos, type: 'qizhong', sameSentenceOnly: true });
    });
  }
  if (body.includes('由')) {
    // (At the comma before `由`: the first item's words begin with it, and its figure stands there.)
    forEachMatch(MADE_OF, body, (m) => out.push({ pos: s.start + m.index - 1, type: 'qizhong', sameSentenceOnly: true }));
    forEachMatch(MADE_OF_END, body, (m) => out.push({ pos: s.start + m.index, type: 'stop' }));
  }
  const within = WITHIN.exec(body);
  if (within) out.push({ pos: s.start + within.index, type: 'qizhong', named: labelCoreOf(within[1] ?? within[2]) });
  forEachMatch(SEGMENT, body, (m) => out.push({ pos: s.start + m.index, type: 'segment' }));
  forEachMatch(STOP_CLAUSE, body, (m) => {
    const pos = s.start + m.index;
    if (!inParen(pos)) out.push({ pos, type: 'stop' });
  });
  return out.sort((a, b) => a.pos - b.pos);
}

export type Tok = { pos: number; amount?: Amount; marker?: Marker };

/** Looked up by index, not by scanning ahead: a sentence can hold thousands of figures. */
export function lookahead(toks: Tok[]): { nextAmount: Array<Amount | undefined>; qizhongInSegment: boolean[] } {
  const nextAmount: Array<Amount | undefined> = new Array(toks.length + 1);
  const qizhongInSegment: boolean[] = new Array(toks.length + 1).fill(false);
  let seenQizhong = false;
  // (A 其中 or 包括 with no figure after it in its segment opens nothing: `公用经费84.21万元，包括办公费等。`)
  let figureAfter = false;
  for (let i = toks.length - 1; i >= 0; i--) {
    nextAmount[i] = toks[i + 1]?.amount ?? nextAmount[i + 1];
    qizhongInSegment[i] = seenQizhong;
    if (toks[i].marker?.type === 'segment') seenQizhong = figureAfter = false;
    else if (toks[i].marker?.type === 'qizhong') seenQizhong ||= figureAfter;
    else if (toks[i].amount) figureAfter = true;
  }
  return { nextAmount, qizhongInSegment };
}
