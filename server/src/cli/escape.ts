/**
 * Text as XML or HTML character data or attribute value: one escape for the annotated Word copy and
 * the HTML page, in a module of its own so that the page does not load the Word writer.
 */
export function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
