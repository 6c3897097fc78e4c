import type { Entry } from '../model/document';
import { formatNumber } from '../model/numbering';
import { Finding, msg, Rule } from './types';

/**
 * Indexes of a longest increasing run (by outline order): the parts that are in place. Of runs as
 * long, the one that ends latest and takes the later parts: of two parts swapped, the one written
 * too early is out of place (where a reviewer marks it).
 */
function inPlace(entries: Entry[]): Set<Entry> {
  const n = entries.length;
  const len = new Array<number>(n).fill(1);
  const prev = new Array<number>(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (entries[j].part!.order < entries[i].part!.order && len[j] + 1 >= len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
  }
  let best = 0;
  for (let i = 1; i < n; i++) if (len[i] >= len[best]) best = i;
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
        const titled = (o: Entry) => formatNumber(o.part!.level, o.part!.number) + o.part!.title;
        // Written too early: after the part in place that the outline puts just before it, if that
        // stands after it; else before the first part in place that the outline puts after it.
        const previous = group.filter((o) => keep.has(o) && o.part!.order < e.part!.order).pop();
        const next = group.find((o) => keep.has(o) && o.part!.order > e.part!.order);
        const name = titled(e);
        const message = previous && previous.line > e.line
          ? msg(`按提纲，“${name}”应在“${titled(previous)}”之后`, `By the outline, "${name}" comes after "${titled(previous)}"`)
          : next
            ? msg(`按提纲，“${name}”应在“${titled(next)}”之前`, `By the outline, "${name}" comes before "${titled(next)}"`)
            : msg(`按提纲，“${name}”应在更后面的位置`, `By the outline, "${name}" comes later`);
        findings.push({
          ruleId: this.id,
          start: e.titleStart,
          end: e.end,
          message,
          fixes: [],
        });
      }
    }
    return findings;
  },
};
