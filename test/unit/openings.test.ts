import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/engine';
import { loadFixture } from '../harness/fixture';

/**
 * The opening of every clean fixture, as a reviewer sees a report shown only in part: cut at the
 * end of a line and in mid-line, at nine points each. What is there is right, so it must stay
 * clean (no warning or error). The one finding an opening may get is the draft's last part missing (or the 目录's last
 * entry absent, or the last part empty when the text stops on its heading): a text that stops after a
 * whole paragraph of its second-to-last part looks like a draft that left out its last part, which
 * drafters do, and that is still reported.
 */
const ROOT = path.resolve(__dirname, '../../../test/fixtures/clean');

function openings(text: string): Array<{ at: number; text: string }> {
  const lines = text.split('\n');
  const at = new Set<number>();
  for (let p = 1; p < 10; p++) at.add(lines.slice(0, Math.floor((lines.length * p) / 10)).join('\n').length);
  for (let p = 1; p < 10; p++) at.add(Math.floor(text.length * (p / 10 + 0.037)));
  return [...at].filter((n) => n > 0 && n < text.length).map((n) => ({ at: n, text: text.slice(0, n) }));
}

describe('openings: a clean draft cut anywhere stays clean', () => {
  const files = fs.readdirSync(ROOT).filter((f) => /\.(txt|md)$/.test(f)).sort();

  it('has clean fixtures to cut', () => assert.ok(files.length >= 30, `${files.length} clean fixtures`));

  for (const file of files) {
    it(file, () => {
      const { text, options } = loadFixture(path.join(ROOT, file));
      const extra: string[] = [];
      for (const o of openings(text)) {
        const r = lint(o.text, options);
        const lastPart = r.doc.outline?.parts[r.doc.outline.parts.length - 1].path;
        const lastEntry = r.doc.layout.toc?.entries[r.doc.layout.toc.entries.length - 1];
        for (const f of r.findings) {
          // As for a whole clean draft: warnings and errors (a seal mark left in is information).
          if (f.severity !== 'error' && f.severity !== 'warning') continue;
          if (f.ruleId === 'section.missing' && f.missingPart === lastPart) continue;
          if (f.ruleId === 'section.toc-mismatch' && lastEntry && f.start === lastEntry.start) continue;
          // Stopped right on the last part's heading, the text is a draft whose last part was left
          // empty, which drafters do: reported, as for a whole draft.
          if (f.ruleId === 'section.empty' && o.text.slice(f.end).trim() === '') continue;
          extra.push(`cut at ${o.at}: ${f.ruleId} ${f.message.zh}`);
        }
      }
      assert.deepStrictEqual(extra, []);
    });
  }
});
