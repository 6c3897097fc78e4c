import type { ReportDocument } from './report';
import { decimalOf } from './amounts';
import { toHalfWidthDigits } from './text';

/** A score said in prose with its weight (`效益指标30分，得30.50分`): where each stands, what it names. */
export interface ProseScore {
  name: string;
  weight: { start: number; end: number; value: string };
  score: { start: number; end: number; value: string };
}

const NUMBER = '([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?)';
/**
 * `效益指标30分，得30.50分`, `饮水工程维修养护10分得10分`, `预算执行率10分，得分9.57分`: an item's
 * weight, then its score. The item's words stand right before the weight.
 */
const WEIGHT_THEN_SCORE = new RegExp(`([\\u4e00-\\u9fff“”]{2,20})${NUMBER}分[，,]?\\s*(?:实际)?得(?:分)?(?:为)?${NUMBER}分`, 'g');
/**
 * Points given on top (`加分项`), or a deduction, are no item scored within its weight
 * (`…，绩效目标合理性扣1分，得2分`: 1 is what was taken off, not the weight).
 */
const NOT_AN_ITEM = /加分|扣分|扣除|减分|[扣减]$/;

export function proseScores(doc: ReportDocument): ProseScore[] {
  const out: ProseScore[] = [];
  for (const s of doc.sentences) {
    if (!s.text.includes('得') || doc.layout.kinds.get(s.line) === 'table') continue;
    for (const m of s.text.matchAll(WEIGHT_THEN_SCORE)) {
      const name = m[1].replace(/^(其中|以及|及|和)/, '');
      if (NOT_AN_ITEM.test(name)) continue;
      const weightAt = s.start + m.index! + m[1].length;
      const scoreAt = s.start + m.index! + m[0].lastIndexOf(m[3]);
      out.push({
        name,
        weight: { start: weightAt, end: weightAt + m[2].length, value: toHalfWidthDigits(m[2]) },
        score: { start: scoreAt, end: scoreAt + m[3].length, value: toHalfWidthDigits(m[3]) },
      });
    }
  }
  return out;
}

/** The scores said above their weight. */
export function proseScoresOverWeight(doc: ReportDocument): ProseScore[] {
  return proseScores(doc).filter((p) => decimalOf(p.score.value).gt(decimalOf(p.weight.value)));
}
