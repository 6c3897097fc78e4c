import type { Entry } from '../model/document';
import { formatNumber } from '../model/numbering';
import { Finding, msg, Rule } from './types';

/** Indexes of a longest increasing run (by outline order): the parts that are in place. */
function inPlace(entries: Entry[]): Set<Entry> {
  const n = entries.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (entries[j].part!.order < entries[i].part!.order && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (len[i] > len[best]) best = i;
  const keep = new Set<Entry>();
  for (let i = n ? best : -1; i >= 0; i = prev[i]) keep.add(entries[i]);
  return keep;
}

export const sectionOrder: Rule = {
  id: 'section.order',
  defaultSeverity: 'warning',
  tags: ['structure'],
  fixSafety: 'judgement',
  description: msg('各部分的顺序与提纲不一致', 'Parts are out of the outline\'s order'),
  check(doc) {
    if (!doc.outline) return [];
    const findings: Finding[] = [];
    const byParent = new Map<string, Entry[]>();
    const seen = new Set<unknown>();
    for (const e of doc.entries) {
      if (!e.part || seen.has(e.part)) continue;
      seen.add(e.part);
      const key = e.part.parent?.path ?? '';
      byParent.set(key, [...(byParent.get(key) ?? []), e]);
    }
    for (const group of byParent.values()) {
      const keep = inPlace(group);
      for (const e of group) {
        if (keep.has(e)) continue;
        const next = group.find((o) => keep.has(o) && o.part!.order > e.part!.order);
        const name = formatNumber(e.part!.level, e.part!.number) + e.part!.title;
        const before = next ? formatNumber(next.part!.level, next.part!.number) + next.part!.title : undefined;
        findings.push({
          ruleId: this.id,
          start: e.titleStart,
          end: e.end,
          message: before
            ? msg(`按提纲，“${name}”应在“${before}”之前`, `By the outline, "${name}" comes before "${before}"`)
            : msg(`按提纲，“${name}”应在更后面的位置`, `By the outline, "${name}" comes later`),
          fixes: [],
        });
      }
    }
    return findings;
  },
};
