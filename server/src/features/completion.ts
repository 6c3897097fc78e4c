import { CompletionItem, CompletionItemKind, InsertTextFormat, Position } from 'vscode-languageserver';
import { entryAt, Entry } from '../model/document';
import { formatNumber } from '../model/numbering';
import { BUILTIN_OUTLINES, foldTitle, Outline, OutlinePart, partMatches } from '../model/outline';
import type { LintResult } from '../engine';
import type { Lang } from '../rules/types';

/**
 * The outline part an entry stands for: as the model matched it, or, for an outline only guessed
 * from the first headings, by its title.
 */
function partOf(e: Entry, outline: Outline): OutlinePart | undefined {
  if (e.part) return e.part;
  const folded = foldTitle(e.title);
  return e.level <= 2 ? outline.all.find((p) => p.level === e.level && partMatches(p, folded)) : undefined;
}

/** The part a draft is in at a line: the nearest outline part at or above the entry there. */
function partAt(result: LintResult, outline: Outline, line: number): OutlinePart | undefined {
  const doc = result.doc;
  const lineStart = doc.lines.lines[line]?.start ?? doc.text.length;
  for (let e: Entry | undefined = entryAt(doc, Math.max(0, lineStart - 1)); e; e = e.parent) {
    const p = partOf(e, outline);
    if (p) return p;
  }
  return undefined;
}

/** Parts in outline order after the one the cursor is in (its sub-parts first), not yet written. */
function nextParts(result: LintResult, outline: Outline, line: number): OutlinePart[] {
  const present = new Set(result.doc.entries.map((e) => partOf(e, outline)).filter(Boolean));
  const current = partAt(result, outline, line);
  const from = current ? outline.all.indexOf(current) + 1 : 0;
  return outline.all.slice(from).filter((p) => !present.has(p) && (p.level === 1 || !p.parent || present.has(p.parent) || p.parent === current));
}

function snippetOf(template: string, year: number | undefined, n: number): string {
  return template.replace(/\$\{year\}/g, String(year ?? new Date().getFullYear())).replace(/\$\{n\}/g, String(n));
}

/**
 * At the start of a line: the next heading the outline expects, numbered as the outline numbers
 * it, then the other missing parts. Inside a part with fixed sentences (part 二 of the Zhuzhou
 * outline), those sentences as snippets with tab stops for the figures.
 */
type Replace = { start: Position; end: Position };

/**
 * No outline yet: offer each outline by its Chinese name; choosing one writes its first part and
 * remembers the outline for this draft (the client's `jixiao.chooseOutline`).
 */
function outlineChoices(replace: Replace, before: string, lang: Lang): CompletionItem[] {
  return BUILTIN_OUTLINES.map((o, i) => {
    const first = formatNumber(1, o.parts[0].number) + o.parts[0].title;
    return {
      label: o.title,
      kind: CompletionItemKind.Folder,
      detail: lang === 'zh' ? `按此提纲起草：${first}` : `Draft by this outline: ${first}`,
      sortText: `0${i}`,
      filterText: `${before}${o.title}${first}`,
      textEdit: { range: replace, newText: first },
      command: { title: o.title, command: 'jixiao.chooseOutline', arguments: [o.name] },
    };
  });
}

export function completions(result: LintResult, pos: Position, lang: Lang): CompletionItem[] {
  const doc = result.doc;
  const lineText = doc.lines.lines[pos.line]?.text ?? '';
  const before = lineText.slice(0, pos.character);
  if (before.length > 12 || /[。，；]/.test(before)) return [];
  const items: CompletionItem[] = [];
  const replace = { start: { line: pos.line, character: 0 }, end: pos };
  // A blank page: the outlines by name, each starting the draft with its first part.
  const outline = doc.outline ?? doc.outlineGuess;
  if (!outline) return outlineChoices(replace, before, lang);
  {
    nextParts(result, outline, pos.line).forEach((p, i) => {
      const heading = formatNumber(p.level, p.number) + p.title;
      items.push({
        label: heading,
        kind: CompletionItemKind.Module,
        detail: lang === 'zh' ? `${outline.title}的${p.level === 1 ? '部分' : '子部分'}` : `part of ${outline.titleEn}`,
        sortText: String(i).padStart(3, '0'),
        filterText: `${before}${heading}`,
        preselect: i === 0,
        textEdit: { range: replace, newText: heading },
      });
    });
    const part = partAt(result, outline, pos.line);
    if (part) {
      const projects = doc.entries.filter((e) => e.parent?.part === part && e.level === 3).length;
      part.sentences.forEach((s, i) => {
        const text = snippetOf(s, doc.year, projects + 1);
        items.push({
          label: text.replace(/\$\{\d+:([^}]*)\}/g, '$1').slice(0, 40) + '…',
          kind: CompletionItemKind.Snippet,
          detail: lang === 'zh' ? '提纲规定的固定句式' : 'fixed sentence of the outline',
          sortText: `1${i}`,
          filterText: `${before}${text.replace(/\$\{\d+:([^}]*)\}/g, '$1')}`,
          insertTextFormat: InsertTextFormat.Snippet,
          textEdit: { range: replace, newText: text },
        });
      });
    }
  }
  return items;
}
