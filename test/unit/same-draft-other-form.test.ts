import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint, LintOptions } from '../../server/src/engine';
import { loadFixture } from '../harness/fixture';

/**
 * The clean fixtures again, each in the forms the same draft takes on other machines and in other
 * hands: Windows line breaks, a BOM, paragraphs indented with full-width or ASCII spaces, an empty
 * line after every paragraph (Word saved as text), trailing spaces, ASCII punctuation, 其中，
 * for 其中：, thousands separators. The report is the same, so it must stay clean: a reading that
 * holds only in the form a fixture happens to be written in is found here.
 */
const ROOT = path.resolve(__dirname, '../../../test/fixtures/clean');

const HEADING = /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;
/** A paragraph of running text: long, ending a sentence, not a heading, table row or list item. */
const isProse = (l: string) => l.length > 15 && /。$/.test(l) && !l.includes('\t') && !l.startsWith('|') && !HEADING.test(l) && !/^\d+[.．、]/.test(l);
const perLine = (t: string, f: (l: string) => string) => t.split('\n').map(f).join('\n');

const FORMS: Record<string, (t: string) => string> = {
  'CRLF line breaks': (t) => t.replace(/\r?\n/g, '\r\n'),
  'a BOM': (t) => '\uFEFF' + t,
  'paragraphs indented with two full-width spaces': (t) => perLine(t, (l) => (isProse(l) ? '\u3000\u3000' + l : l)),
  'paragraphs indented with ASCII spaces': (t) => perLine(t, (l) => (isProse(l) ? '  ' + l : l)),
  'list items indented': (t) => perLine(t, (l) => (/^(\d+[.．、]|（\d+）|[一二三四五六七八九十]+是)/.test(l) && /。$/.test(l) ? '\u3000\u3000' + l : l)),
  'headings indented': (t) => perLine(t, (l) => (HEADING.test(l) && l.length < 30 ? '\u3000\u3000' + l : l)),
  'a space after heading numbers': (t) => t.replace(/^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)(?=\S)/gm, '$1 '),
  'trailing spaces': (t) => perLine(t, (l) => (l.trim() ? l + '  ' : l)),
  'an empty line after every paragraph': (t) => perLine(t, (l) => (l.includes('\t') || l.startsWith('|') || /^[\d.,%\s-]*$/.test(l) ? l : l + '\n')),
  'an empty line after each heading': (t) => perLine(t, (l) => (HEADING.test(l) && l.length < 30 ? l + '\n' : l)),
  '其中， for 其中：': (t) => t.replace(/其中：/g, '其中，'),
  'ASCII parentheses': (t) => t.replace(/（/g, '(').replace(/）/g, ')'),
  'ASCII commas, colons and semicolons': (t) => t.replace(/，/g, ',').replace(/：/g, ':').replace(/；/g, ';'),
  // A PDF copied to text: the cells lined up with spaces, an empty cell a wider gap.
  'tables lined up with spaces': (t) => perLine(t, (l) => (l.includes('\t') ? l.replace(/\t/g, '    ') : l)),
  'thousands separators': (t) => t.replace(/(?<![\d.,])(\d{4,})(?=\.\d+\s*(万元|元))/g, (m) => Number(m).toLocaleString('en-US')),
};

/** The warnings and errors of a draft, each as `file:line rule message`. */
function warnings(file: string, text: string, options: LintOptions): string[] {
  return lint(text, options).findings
    .filter((f) => f.severity === 'error' || f.severity === 'warning')
    .map((f) => `${file}:${text.slice(0, f.start).split('\n').length} ${f.ruleId} ${f.message.zh}`);
}

describe('a clean draft in other forms stays clean', () => {
  const files = fs.readdirSync(ROOT).filter((f) => /\.(txt|md)$/.test(f)).sort();
  for (const [form, change] of Object.entries(FORMS)) {
    it(form, () => {
      const problems: string[] = [];
      let changed = 0;
      for (const file of files) {
        const fx = loadFixture(path.join(ROOT, file));
        // Indents mean code blocks in Markdown, not paragraphs: only plain-text drafts take them.
        if (file.endsWith('.md') && /indented/.test(form)) continue;
        const text = change(fx.text);
        if (text === fx.text) continue;
        changed++;
        problems.push(...warnings(file, text, fx.options));
      }
      assert.ok(changed > 0, `no clean fixture has anything "${form}" changes`);
      assert.deepStrictEqual(problems, []);
    });
  }

  it('a plain-text draft saved as Markdown', () => {
    const problems: string[] = [];
    for (const file of files.filter((f) => f.endsWith('.txt'))) {
      const fx = loadFixture(path.join(ROOT, file));
      problems.push(...warnings(file, fx.text, { ...fx.options, format: 'markdown' }));
    }
    assert.deepStrictEqual(problems, []);
  });
});
