import type { Entry } from '../model/document';
import { formatNumber } from '../model/numbering';
import type { OutlinePart } from '../model/outline';
import type { LintResult } from '../engine';
import type { PartStatus, StructurePart, StructureResult } from '../protocol';
import { isEmptySection } from '../model/sections';
import { keyFigureText, keyRelations, shownWrong } from '../engine/figures';

/** The 报告结构 view: every part the outline requires, with its state and key totals. */
export function reportStructure(result: LintResult, uri: string, version: number): StructureResult {
  const doc = result.doc;
  const headingLines = new Set(doc.headings.map((h) => h.line));
  const count = (e: Entry | undefined, sev: string) =>
    e ? result.findings.filter((f) => f.severity === sev && !f.missingPart && f.start >= e.start && f.start < e.sectionEnd).length : 0;
  const totalsOf = (e: Entry) => {
    const rels = [e, ...e.children.filter((c) => !c.isHeading)].flatMap((x) => keyRelations(doc, x));
    return rels.slice(0, 8).map((r) => {
      const wrong = shownWrong(result, r);
      return { text: keyFigureText(r, wrong), ok: !wrong, line: r.anchor.line };
    });
  };
  const fromEntry = (e: Entry, path: string, label: string, children: StructurePart[]): StructurePart => {
    const errors = count(e, 'error');
    const status: PartStatus = isEmptySection(doc, e, headingLines) && !e.children.some((c) => c.isHeading) ? 'empty' : errors > 0 ? 'errors' : 'present';
    return { path, label, status, line: e.line, totals: totalsOf(e), errors, warnings: count(e, 'warning'), children };
  };
  let parts: StructurePart[];
  if (doc.outline) {
    const entryOf = new Map<OutlinePart, Entry>();
    for (const e of doc.entries) if (e.part && !entryOf.has(e.part)) entryOf.set(e.part, e);
    const build = (p: OutlinePart): StructurePart => {
      const label = formatNumber(p.level, p.number) + p.title;
      const children = p.children.map(build);
      const e = entryOf.get(p);
      if (!e) return { path: p.path, label, status: 'missing', totals: [], errors: 0, warnings: 0, children };
      return fromEntry(e, p.path, label, children);
    };
    parts = doc.outline.parts.map(build);
  } else {
    const build = (e: Entry): StructurePart => fromEntry(e, String(e.id), `${e.number?.raw.trim() ?? ''}${e.title.trim()}`, e.children.filter((c) => c.isHeading).map(build));
    parts = doc.headings.filter((h) => !h.parent).map(build);
  }
  return {
    uri,
    version,
    outline: doc.outline?.name ?? null,
    outlineTitle: doc.outline?.title ?? null,
    parts,
    errors: result.findings.filter((f) => f.severity === 'error').length,
    warnings: result.findings.filter((f) => f.severity === 'warning').length,
  };
}
