import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../server/src/engine';
import { RULE_IDS } from '../../server/src/rules';
import { checkExpectations, checkFixedLines, checkFixes } from '../harness/check';
import { loadFixture } from '../harness/fixture';

const ROOT = path.resolve(__dirname, '../../../test/fixtures');

describe('rule fixtures', () => {
  const folders = fs.readdirSync(ROOT).filter((d) => fs.statSync(path.join(ROOT, d)).isDirectory()).sort();
  it('every rule has fixtures of its own', () => {
    const missing = RULE_IDS.filter((id) => !folders.includes(id));
    if (missing.length) throw new Error(`no fixtures for ${missing.join(', ')}`);
  });
  for (const folder of folders) {
    describe(folder, () => {
      for (const file of fs.readdirSync(path.join(ROOT, folder)).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
        const fx = loadFixture(path.join(ROOT, folder, file));
        it(`${file}: findings as marked`, () => checkExpectations(fx, lint(fx.text, fx.options)));
        it(`${file}: fixes apply, remove their finding and add none`, () => {
          const result = lint(fx.text, fx.options);
          checkFixedLines(fx, result);
          checkFixes(fx.name, fx.text, fx.options, result);
        });
      }
    });
  }
});
