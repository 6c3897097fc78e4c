import { decimalOf } from './amounts';
import type { Decimal } from './decimal';
import type { ReportDocument } from './report';
import { toHalfWidthDigits } from './text';
import { ofAnotherYear } from './scores';

/**
 * The grade a report gives itself (`自评得分88.5分，自评等级为“优”`) against the bands its own text
 * states (`90分（含）以上为优、80（含）-90分为良、60（含）-80分为中、60分以下为差`). Read only where
 * the text states two bands or more in one sentence, and only for a score that falls in exactly one
 * of them: bands that leave a gap (`80-89分为良好` beside `90-100分为优秀`, a score of 89.5) say nothing.
 */

export interface GradeBand {
  grade: string;
  low?: Decimal;
  lowIn: boolean;
  high?: Decimal;
  highIn: boolean;
  start: number;
  end: number;
}

export interface GradeClaim {
  score: Decimal;
  scoreText: string;
  /** The grade as written, where it is. */
  grade: string;
  start: number;
  end: number;
}

/** Grade words, longest first; each read as its short form (优秀 is 优). */
const GRADE = '优秀|良好|中等|较差|不合格|合格|及格|优|良|中|差';
const SHORT: Record<string, string> = { 优秀: '优', 良好: '良', 中等: '中', 较差: '差' };
const gradeOf = (word: string): string => SHORT[word] ?? word;

/** A band: the words of its bounds, then `为优`, `的为良`, `为“优秀”`. */
const BAND = new RegExp(`([^、，,；;。：:]{1,40}?)(?:的)?为[“"「]?(${GRADE})[”"」]?(?=[、，,；;。）)]|$)`, 'g');
const NUMBER = /([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分?/g;

/** The bands a sentence states, when it states two or more with distinct grades. */
function bandsOf(text: string, at: number): GradeBand[] {
  const out: GradeBand[] = [];
  for (const m of text.matchAll(BAND)) {
    const band = boundsOf(m[1]);
    if (!band) continue;
    const start = at + m.index!;
    out.push({ ...band, grade: gradeOf(m[2]), start, end: start + m[0].length });
  }
  return out.length >= 2 && new Set(out.map((b) => b.grade)).size === out.length ? out : [];
}

/** `80（含）-90分`, `90分（含）以上`, `60分以下`, `80分≤得分＜90分`, `得分≥90`, `80分至89.99分`. */
function boundsOf(words: string): Bounds | undefined {
  const nums = [...words.matchAll(NUMBER)];
  if (nums.length === 0 || nums.length > 2) return undefined;
  const value = (m: RegExpMatchArray) => scoreValue(m[1]);
  const after = (m: RegExpMatchArray) => words.slice(m.index! + m[0].length, m.index! + m[0].length + 6);
  const before = (m: RegExpMatchArray) => words.slice(Math.max(0, m.index! - 3), m.index!);
  if (nums.length === 2) {
    const [a, b] = nums;
    if (!/[-－—–~～至到≤<＜]/.test(words.slice(a.index!, b.index!))) return undefined;
    // (`80分≤得分＜90分`: the sign after the second's words; `80（含）-90分（含）`: its own bracket.)
    const highIn = /^[（(]含/.test(after(b)) || /≤\s*$/.test(before(b));
    return { low: value(a), lowIn: !/^[（(]不含/.test(after(a)), high: value(b), highIn };
  }
  const [a] = nums;
  const rest = words.slice(a.index!);
  if (/以上|≥|>|＞|不低于|高于|大于/.test(rest) || /[≥>＞]\s*$/.test(before(a))) {
    return { low: value(a), lowIn: !/>|＞|高于|大于|[（(]不含/.test(before(a) + rest), highIn: false };
  }
  if (/以下|以内|<|＜|≤|低于|不足|不到|小于/.test(rest) || /[<＜≤]\s*$/.test(before(a))) {
    return { high: value(a), highIn: /^[（(]含/.test(after(a)) || /≤|以内/.test(before(a) + rest), lowIn: false };
  }
  return undefined;
}
type Bounds = Omit<GradeBand, 'grade' | 'start' | 'end'>;
const scoreValue = (digits: string) => decimalOf(toHalfWidthDigits(digits));

const inBand = (score: Decimal, b: GradeBand): boolean =>
  (b.low === undefined || (b.lowIn ? score.gte(b.low) : score.gt(b.low))) && (b.high === undefined || (b.highIn ? score.lte(b.high) : score.lt(b.high)));

/** `自评等级为“优”`, `评价等级：优秀`: a grade given. */
const GIVEN = new RegExp(`(?:等级|评级|评定|结果)[^。，,；;“"]{0,4}?[为是：:]\\s*[“"「]?(${GRADE})(?![\\u4e00-\\u9fff])`, 'g');
/** The score it is given for: the last one said before it in its sentence, within a clause or two (the bands in brackets between, say). */
const SCORE = /(?:得分|评分|总分)[为是：:]?\s*([0-9０-９]+(?:[.．][0-9０-９]+)?)\s*分/g;
const SCORE_REACH = 120;

/** Each grade given that the text's own bands say otherwise, with the band it falls in. */
export function gradeMismatches(doc: ReportDocument): Array<{ claim: GradeClaim; band: GradeBand }> {
  if (!/等级|评级|评定/.test(doc.text)) return [];
  let bands: GradeBand[] = [];
  const claims: GradeClaim[] = [];
  for (const s of doc.sentences) {
    if (!s.text.includes('为') || doc.layout.kinds.get(s.line) === 'table') continue;
    if (bands.length === 0 && /[优良]/.test(s.text)) bands = bandsOf(s.text, s.start);
    for (const m of s.text.matchAll(GIVEN)) {
      const at = m.index!;
      const window = s.text.slice(Math.max(0, at - SCORE_REACH), at);
      const said = [...window.matchAll(SCORE)].pop();
      if (!said) continue;
      // (Last year's: `2022年度…自评得分为86.5分，等级为良`.)
      const from = s.start + Math.max(0, at - SCORE_REACH) + said.index!;
      if (ofAnotherYear(doc, doc.text.slice(Math.max(s.start, from - 24), from))) continue;
      const end = s.start + at + m[0].length;
      claims.push({ score: scoreValue(said[1]), scoreText: said[1], grade: m[1], start: end - m[1].length, end });
    }
  }
  const out: Array<{ claim: GradeClaim; band: GradeBand }> = [];
  if (bands.length === 0) return out;
  const graded = new Set(bands.map((b) => b.grade));
  for (const claim of claims) {
    const fits = bands.filter((b) => inBand(claim.score, b));
    // (A grade of another scale, or a score in no band or in two: nothing to say.)
    if (fits.length !== 1 || !graded.has(gradeOf(claim.grade)) || fits[0].grade === gradeOf(claim.grade)) continue;
    out.push({ claim, band: fits[0] });
  }
  return out;
}
