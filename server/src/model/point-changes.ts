import { decimalOf, halfDigit } from './amounts';
import type { Decimal } from './decimal';
import { percentDigits, StatedPercent } from './rates';
import type { ReportDocument } from './report';

/** A rate as written: its digits and decimals. */
type Digits = ReturnType<typeof percentDigits>;

/**
 * A rate's change from last year in percentage points, with both rates said:
 * `预算执行率97.71%，较上年提高0.85个百分点（上年96.86%）`, `就诊率91.3%，比2023年的89.6%提高1.7个百分点`.
 * It holds when now − before (or before − now, for a fall) gives the points to the digits written.
 * Read only with the three figures in one clause, this year's right before 较/比.
 */
export interface PointChange extends StatedPercent {
  /** The two rates the points are the difference of (the stated number is the points). */
  now: Digits;
  before: Digits;
  falls: boolean;
}

const PCT = '([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})?)\\s*[%％]';
const PTS = '([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})?)\\s*个百分点';
const WORD = '(提高|上升|增加|增长|下降|降低|减少|回落)了?';
/** `97.71%，较上年(的96.86%)?提高0.85个百分点(（上年96.86%）)?` — before said in the comparison or in brackets after. */
const SAID_BEFORE = new RegExp(`${PCT}[，,]?\\s*(?:较|比)(?:上年|去年|上一年|(?:19|20)\\d{2}年)(?:同期)?的?\\s*${PCT}\\s*${WORD}\\s*${PTS}`, 'g');
const SAID_AFTER = new RegExp(`${PCT}[，,]?\\s*(?:较|比)(?:上年|去年|上一年|(?:19|20)\\d{2}年)(?:同期)?\\s*${WORD}\\s*${PTS}\\s*[（(]\\s*(?:上年|去年|(?:19|20)\\d{2}年)(?:为|是)?\\s*${PCT}\\s*[）)]`, 'g');
const FALLS = /下降|降低|减少|回落/;

export function pointChanges(doc: ReportDocument): PointChange[] {
  const out: PointChange[] = [];
  for (const s of doc.sentences) {
    if (!s.text.includes('百分点')) continue;
    const add = (m: RegExpMatchArray, now: string, before: string, word: string, points: string, pointsAt: number) => {
      const start = s.start + m.index!;
      const numberStart = start + pointsAt;
      out.push({
        start, end: start + m[0].length, numberStart, numberEnd: numberStart + points.length, line: s.line, ...percentDigits(points),
        now: percentDigits(now), before: percentDigits(before), falls: FALLS.test(word),
      });
    };
    for (const m of s.text.matchAll(SAID_BEFORE)) add(m, m[1], m[2], m[3], m[4], m[0].lastIndexOf(m[4] + '个百分点'));
    for (const m of s.text.matchAll(SAID_AFTER)) add(m, m[1], m[4], m[2], m[3], m[0].indexOf(m[3] + '个百分点'));
  }
  return out;
}

/** The points the two rates give, when the written ones are not among them (their roundings allowed); else undefined. */
export function failedPointChange(c: PointChange): Decimal | undefined {
  const now = decimalOf(c.now.valueText);
  const before = decimalOf(c.before.valueText);
  const change = c.falls ? before.minus(now) : now.minus(before);
  const slack = halfDigit(c.now.decimals).plus(halfDigit(c.before.decimals)).plus(halfDigit(c.decimals));
  return change.minus(decimalOf(c.valueText)).abs().lte(slack) ? undefined : change;
}
