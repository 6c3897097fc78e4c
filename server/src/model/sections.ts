import type { Entry } from './entries';
import { findPart } from './outline';
import type { ReportDocument } from './report';

/** The heading that opens an outline part (`三/二`), if the draft has it. */
export function headingOfPart(doc: ReportDocument, path: string | undefined): Entry | undefined {
  if (!path || !doc.outline) return undefined;
  const part = findPart(doc.outline, path);
  return part && doc.entries.find((e) => e.part === part);
}

/** The innermost entry whose section holds an offset. */
export function entryAt(doc: ReportDocument, offset: number): Entry | undefined {
  let lo = 0;
  let hi = doc.entries.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.entries[mid].start <= offset) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  for (let e: Entry | undefined = doc.entries[last]; e; e = e.parent) {
    if (offset < e.sectionEnd || (offset === e.sectionEnd && e.sectionEnd === doc.text.length)) return e;
  }
  return undefined;
}
