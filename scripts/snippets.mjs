// The snippets (snippets/jixiao.code-snippets) from the outline data, so snippets never drift from the
// outlines: a snippet per part of each outline (heading, correctly numbered) and one per fixed
// sentence, with tab stops for the figures. scripts/generate.mjs writes the file.
const number = (level, id) => (level === 1 ? `${id}、` : `（${id}）`);

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** `三` → `3`, `十二` → `12`: part ids as typed on any keyboard. */
function arabic(id) {
  if (NUMERALS.includes(id)) return String(NUMERALS.indexOf(id));
  const m = /^(.?)十(.?)$/.exec(id);
  return m ? String((m[1] ? NUMERALS.indexOf(m[1]) : 1) * 10 + (m[2] ? NUMERALS.indexOf(m[2]) : 0)) : id;
}

/** `${year}` becomes the first tab stop; the outline's own tab stops follow it. */
function body(sentence) {
  return sentence
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n, v) => `\${${Number(n) + 1}:${v}}`)
    .replace(/\$\{year\}/g, '${1:YYYY}')
    .replace(/\$\{n\}/g, '${1:1}');
}

/** The snippets file's text for the outlines given (their JSON data). */
export function snippetsOf(outlines) {
  const snippets = {};
  for (const outline of outlines) {
    const walk = (parts, level, parentTitle) => {
      for (const p of parts) {
        const heading = number(level, p.id) + p.title;
        // Prefixes are ASCII, so that Enter after them is never taken by an input method, and unique.
        const path = `${level === 1 ? '' : arabic(parentTitle) + '-'}${arabic(p.id)}`;
        snippets[`${outline.name} ${heading}`] = {
          prefix: `jx-${outline.name}-${path}`,
          body: [heading, '$0'],
          description: `${outline.title}：${parentTitle ? parentTitle + ' › ' : ''}${heading}`,
        };
        (p.sentences ?? []).forEach((s, i) => {
          snippets[`${outline.name} ${heading} 句式${i + 1}`] = {
            prefix: `jx-${outline.name}-${path}-s${i + 1}`,
            body: [body(s)],
            description: `${outline.title}：“${p.title}”的固定句式`,
          };
        });
        if (p.children) walk(p.children, level + 1, p.id);
      }
    };
    walk(outline.parts, 1, '');
  }
  return JSON.stringify(snippets, null, 2) + '\n';
}
