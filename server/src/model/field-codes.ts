/**
 * Word fields' codes shown as text: kept apart from the rule that reports them, because the 目录
 * reader must see through them too (a 目录 copied with its codes is still a 目录).
 */

/**
 * A Word field's code shown as text (`TOC \o "1-3" \h \z \u`, `HYPERLINK \l "_Toc168021"`,
 * `PAGE \* MERGEFORMAT`): a field name then at least one switch or bookmark, which words never have.
 */
// (`EMBED Excel.Sheet.12`: an embedded object's code, its class after it.)
export const FIELD_CODE = /\{?\s*\b(?:TOC|HYPERLINK|PAGEREF|PAGE|NUMPAGES|SECTIONPAGES|MERGEFIELD|REF|STYLEREF|SEQ|FORMTEXT|EMBED)(?:\s+(?:\\[*@#!a-z]+|"[^"\n]{0,80}"|_Toc\d+|MERGEFORMAT|Arabic|roman|(?:Excel|Word|PowerPoint|Visio|Package|Equation)\.[A-Za-z]+(?:\.\d+)?|[A-Za-z]+(?=\s+\\)))+\s*\}?/g;
/** Whether a line may hold a field code: most lines have no three capitals, and skip the pattern. */
export const mayHoldFieldCode = (text: string): boolean => /[A-Z]{3}/.test(text);
/** Whether a match of FIELD_CODE is a code: it has a switch, a bookmark or MERGEFORMAT (a bare `PAGE` is a word). */
// (`HYPERLINK "http://…"`: a link's code, its address in quotes; `EMBED Excel.Sheet.12`.)
export const isFieldCode = (match: string): boolean => /\\|_Toc|MERGEFORMAT|HYPERLINK\s+"|EMBED\s+[A-Za-z]+\./.test(match);

/** The line with each field code (and the spaces after it) blanked: offsets kept, words left. */
export function withoutFieldCodes(text: string): string {
  if (!mayHoldFieldCode(text)) return text;
  return text.replace(FIELD_CODE, (m) => (isFieldCode(m) ? ' '.repeat(m.length) : m));
}
