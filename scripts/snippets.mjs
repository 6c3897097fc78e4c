// Writes snippets/jixiao.code-snippets from the outline data, so snippets never drift from the
// outlines: a snippet per part of each outline (heading, correctly numbered) and one per fixed
// sentence, with tab stops for the figures. `--check` fails if the committed file is out of date.
import { readFileSync, readdirSync, writeFileSync } from 'fs';

const number = (level, id) => (level === 1 ? `${id}、` : `（${id}）`);

/** `${year}` becomes the first tab stop; the outline's own tab stops follow it. */
function body(sentence) {
  return sentence
    .replace(/\$\{(\d+):([^}]*)\}/g, (_, n, v) => `\${${Number(n) + 1}:${v}}`)
    .replace(/\$\{year\}/g, '${1:YYYY}')
    .replace(/\$\{n\}/g, '${1:1}');
}

const snippets = {};
for (const file of readdirSync('server/src/outlines').filter((f) => f.endsWith('.json')).sort()) {
  const outline = JSON.parse(readFileSync(`server/src/outlines/${file}`, 'utf8'));
  const walk = (parts, level, parentTitle) => {
    for (const p of parts) {
      const heading = number(level, p.id) + p.title;
      snippets[`${outline.name} ${heading}`] = {
        prefix: [`jx-${outline.name}-${level === 1 ? '' : parentTitle + '-'}${p.id}`, heading],
        body: [heading, '$0'],
        description: `${outline.title}：${parentTitle ? parentTitle + ' › ' : ''}${heading}`,
      };
      (p.sentences ?? []).forEach((s, i) => {
        snippets[`${outline.name} ${heading} 句式${i + 1}`] = {
          prefix: [`jx-${outline.name}-句式-${p.id}${i + 1}`, `${p.title}句式${i + 1}`],
          body: [body(s)],
          description: `${outline.title}：“${p.title}”的固定句式`,
        };
      });
      if (p.children) walk(p.children, level + 1, p.id);
    }
  };
  walk(outline.parts, 1, '');
}
const text = JSON.stringify(snippets, null, 2) + '\n';
const target = 'snippets/jixiao.code-snippets';
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error(`${target} is out of date: run node scripts/snippets.mjs`);
    process.exit(1);
  }
} else writeFileSync(target, text);
