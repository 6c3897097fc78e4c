import { SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver';
import type { LintResult } from '../engine';
import { modelPosition } from '../engine';

/**
 * Headings coloured from the server's own reading, so that colour agrees with the Outline: a
 * numbered list item (`7、承担…`) is text, a short numbered heading is a heading, whatever the
 * number looks like.
 */
export const SEMANTIC_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['heading'],
  tokenModifiers: ['level1', 'level2', 'level3', 'level4'],
};

export function semanticTokens(result: LintResult): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const doc = result.doc;
  for (const e of doc.entries) {
    if (!e.isHeading) continue;
    const start = modelPosition(doc, e.number ? e.number.docStart : e.titleStart);
    const end = modelPosition(doc, e.titleStart + e.title.length);
    if (end.line !== start.line || end.character <= start.character) continue;
    builder.push(start.line, start.character, end.character - start.character, 0, 1 << (e.level - 1));
  }
  return builder.build();
}
