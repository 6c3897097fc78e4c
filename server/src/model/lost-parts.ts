import type { Entry } from './entries';
import type { OutlinePart } from './outline';
import type { ReportDocument } from './report';
import { presentParts } from './sections';

/**
 * `二、…` / `（一）…` `（二）…` / then `（一）…` `（二）…` `（三）…` again and `四、…`: the second run of
 * sub-parts is the missing `三、`'s, its heading lost. The entry that starts that run again is where
 * the outline's next part was to stand, when that part is missing; the part, or undefined.
 */
export function restartOfMissingPart(doc: ReportDocument, e: Entry): OutlinePart | undefined {
  return restartsOf(doc).get(e);
}

/** The entry that starts a missing part's lost sub-parts again, if any (see restartOfMissingPart). */
export function restartOf(doc: ReportDocument, part: OutlinePart): Entry | undefined {
  for (const [e, p] of restartsOf(doc)) if (p === part) return e;
  return undefined;
}

function restartsOf(doc: ReportDocument): Map<Entry, OutlinePart> {
  let restarts = RESTARTS.get(doc);
  if (!restarts) RESTARTS.set(doc, (restarts = readRestarts(doc)));
  return restarts;
}
/** By report: the entries that start a lost part's sub-parts again, read once. */
const RESTARTS = new WeakMap<ReportDocument, Map<Entry, OutlinePart>>();

function readRestarts(doc: ReportDocument): Map<Entry, OutlinePart> {
  const out = new Map<Entry, OutlinePart>();
  if (!doc.outline) return out;
  const present = presentParts(doc);
  for (const parent of doc.entries) {
    const part = parent.part;
    if (!part || part.parent || present.get(part) !== parent.id) continue;
    const next = doc.outline.parts.find((p) => p.order > part.order);
    if (!next || !next.required || present.has(next)) continue;
    let subParts = 0;
    for (const c of parent.children) {
      if (!c.isHeading || c.level !== 2) continue;
      if (subParts > 0 && c.number?.value === 1) {
        out.set(c, next);
        break;
      }
      subParts++;
    }
  }
  return out;
}
