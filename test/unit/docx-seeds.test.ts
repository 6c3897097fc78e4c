import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { strToU8, zipSync } from 'fflate';
import { lint } from '../../server/src/engine';
import { readDocx } from '../../server/src/model/docx';

/**
 * The seeds rebuilt as the .docx they were converted from: each line a paragraph, `[bookmark: …]`
 * a bookmark, and the `5、 ` / `（2） ` headings (a converter's rendering of Word's automatic
 * numbering) automatic numbering again. Read from Word, they give the seed findings minus those
 * that were only conversion debris.
 */
const SHARED = path.resolve(__dirname, '../../../../shared');
const SEEDS = path.join(SHARED, 'seeds');
const FINDINGS = path.join(SHARED, 'reference/seed-findings.json');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const TIKA = /^(?:(\d+)、|（(\d+)）) /;

const esc = (s: string) => s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

function rebuild(text: string): { docx: Uint8Array; tikaLines: Set<number> } {
  const lines = text.split(/\r?\n/);
  const nums: string[] = [];
  const tikaLines = new Set<number>();
  const paras = lines.map((line, i) => {
    const bookmark = /^\[bookmark: [^\]]*\]/.exec(line);
    let rest = bookmark ? line.slice(bookmark[0].length) : line;
    let pPr = '';
    const m = TIKA.exec(rest);
    if (m) {
      tikaLines.add(i + 1);
      // `（2） ` after `（一）` siblings was `（二）` on screen; after `（1）` items, `（2）`.
      const chinese = m[1] !== undefined || lines.slice(0, i).reverse().find((l) => /^（[一二三四五六七八九十\d]+）/.test(l))?.match(/^（[一二三四五六七八九十]/);
      const abstract = m[1] !== undefined ? 0 : chinese ? 1 : 2;
      nums.push(`<w:num w:numId="${nums.length + 1}"><w:abstractNumId w:val="${abstract}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${m[1] ?? m[2]}"/></w:lvlOverride></w:num>`);
      pPr = `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${nums.length}"/></w:numPr></w:pPr>`;
      rest = rest.slice(m[0].length);
    }
    const mark = bookmark ? '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' : '';
    return `<w:p>${pPr}${mark}<w:r><w:t xml:space="preserve">${esc(rest)}</w:t></w:r></w:p>`;
  });
  const level = (fmt: string, text: string) => `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${level('chineseCounting', '%1、')}</w:abstractNum>`
    + `<w:abstractNum w:abstractNumId="1">${level('chineseCounting', '（%1）')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${level('decimal', '（%1）')}</w:abstractNum>${nums.join('')}</w:numbering>`;
  const docx = zipSync({
    'word/document.xml': strToU8(`<w:document ${W}><w:body>${paras.join('')}</w:body></w:document>`),
    'word/numbering.xml': strToU8(numbering),
  });
  return { docx, tikaLines };
}

interface Row { file: string; lines: number[]; code: string }

(fs.existsSync(FINDINGS) ? describe : describe.skip)('seed drafts rebuilt as .docx', () => {
  const spec = fs.existsSync(FINDINGS) ? (JSON.parse(fs.readFileSync(FINDINGS, 'utf8')) as { expect: Row[]; tolerated: Row[] }) : { expect: [], tolerated: [] };
  for (const file of fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : []) {
    it(`${file}: the seed findings, minus what was only conversion debris`, () => {
      const { docx, tikaLines } = rebuild(fs.readFileSync(path.join(SEEDS, file), 'utf8'));
      const read = readDocx(docx);
      assert.ok(read.text, read.error);
      const r = lint(read.text!);
      const lineOf = (f: { start: number }) => r.doc.lines.positionAt(f.start).line + 1;
      const debris = (row: Row) => row.code === 'template.artifact' || (row.code === 'section.numbering' && row.lines.some((l) => tikaLines.has(l)));
      const expected = spec.expect.filter((row) => row.file === file && !debris(row));
      const missing = expected.filter((row) => !r.findings.some((f) => f.ruleId === row.code && row.lines.includes(lineOf(f)))).map((row) => `${row.code} on ${row.lines}`);
      const allowed = [...expected, ...spec.tolerated.filter((row) => row.file === file)];
      const extra = r.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')
        .filter((f) => !allowed.some((row) => row.code === f.ruleId && row.lines.includes(lineOf(f))))
        .map((f) => `${lineOf(f)} ${f.ruleId} ${f.message.zh}`);
      assert.deepStrictEqual({ missing, extra }, { missing: [], extra: [] });
      assert.ok(!r.findings.some((f) => f.ruleId === 'template.artifact'), 'no bookmark debris from Word');
    });
  }
});
