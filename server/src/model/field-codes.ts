/**
 * Word fields' codes shown as text: kept apart from the rule that reports them, because the 目录
 * reader must see through them too (a 目录 copied with its codes is still a 目录).
 */

/**
 * A Word field's code shown as text (`TOC \o "1-3" \h \z \u`, `HYPERLINK \l "_Toc168021"`,
 * `PAGE \* MERGEFORMAT`): a field name then at least one switch or bookmark, which words never have.
 */
export const FIELD_CODE = /\{?\s*\b(?:TOC|HYPERLINK|PAGEREF|PAGE|NUMPAGES|SECTIONPAGES|MERGEFIELD|REF|STYLEREF|SEQ|FORMTEXT)(?:\s+(?:\\[*@#!a-z]+|"[^"\n]{0,60}"|_Toc\d+|MERGEFORMAT|Arabic|roman|[A-Za-z]+(?=\s+\\)))+\s*\}?/g;
/** The line with each field code (and the spaces after it) blanked: offsets kept, words left. */
export function withoutFieldCodes(text: string): string {
  if (!/[A-Z]{3}/.test(text)) return text;
  return text.replace(FIELD_CODE, (m) => (/\\|_Toc|MERGEFORMAT/.test(m) ? ' '.repeat(m.length) : m));
}
