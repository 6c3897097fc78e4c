import type { ReportDocument, Sentence } from './report';
import { continuationOf } from './wrapped';

/** Where a sentence states a rate of spending (`预算执行率95.2%`, `…预算数2163.58万元的97.35%`, `到位率`). */
const RATE_NUMBER = '([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,4})?)\\s*[%％]';
/**
 * The words of a rate: `预算执行率为95.2%`, `预算完成率96.85%`, `支出进度为97.35%`, `完成全年预算的97.35%`,
 * `，为预算的70.50%`;
 * or `的97.35%` right after the budget (`实际支出2106.26万元，为全年预算数2163.58万元的97.35%`).
 */
const RATE = new RegExp(
  `(?:(?:预算|资金|项目|整体)?执行率|预算完成率|(?:预算)?资金使用率|(?:资金)?支出进度|完成(?:全年|年度)?预算的|(?<=[，,]\\s*)为(?:全年|年度|调整后)?预算(?:数)?的|(?:资金)?到位率)(?:为|达到?|是|约为?|仅为?|：|:)?\\s*${RATE_NUMBER}`
  + `|(?<=预算(?:数|总额|金额)?\\s*[0-9０-９][0-9０-９.．,，]*\\s*万?元)的\\s*${RATE_NUMBER}`,
  'g',
);
export const MAY_STATE_RATE = /执行率|完成率|支出进度|预算的|元的|到位率|使用率/;

/** A rate as written: where its words start, where it ends, its number and where that stands. */
export interface RateMatch {
  start: number;
  end: number;
  said: string;
  digits: string;
  numberStart: number;
  /** `…预算数2163.58万元的97.35%`: the rate follows its budget and names no subject. */
  afterBudget: boolean;
}

/** The words of a rate at a line's end, its number wrapped to the next (`…预算执行率` / `95.38%。`). */
const RATE_WORDS_AT_END = /(?:(?:预算|资金|项目|整体)?执行率|预算完成率|(?:预算)?资金使用率|(?:资金)?支出进度|(?:资金)?到位率)(?:为|达到?|是|约为?|仅为?|：|:)?\s*$/;
const NUMBER_AT_START = new RegExp(`^\\s*${RATE_NUMBER}`);

/** The rates a sentence states, one whose number a hard wrap carried into the next sentence included. */
export function rateMatches(doc: ReportDocument, s: Sentence): RateMatch[] {
  const out: RateMatch[] = [];
  for (const m of s.text.matchAll(RATE)) {
    const start = s.start + m.index!;
    const digits = m[1] ?? m[2];
    out.push({ start, end: start + m[0].length, said: m[0], digits, numberStart: start + m[0].indexOf(digits), afterBudget: m[1] === undefined });
  }
  // Only the sentence's end is looked at: a sentence may be megabytes.
  const tail = s.text.length > 24 ? s.text.length - 24 : 0;
  const words = RATE_WORDS_AT_END.exec(s.text.slice(tail));
  const next = words && continuationOf(doc, s);
  const number = next && NUMBER_AT_START.exec(next.text);
  if (words && next && number) {
    const start = s.start + tail + words.index;
    const numberStart = next.start + number[0].indexOf(number[1]);
    out.push({ start, end: next.start + number[0].length, said: words[0] + number[0].trim(), digits: number[1], numberStart, afterBudget: false });
  }
  return out;
}
