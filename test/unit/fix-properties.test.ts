import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixAllEdits, lint, LintResult } from '../../server/src/engine';
import { applyEdits } from '../harness/edits';
import { loadFixture } from '../harness/fixture';

/**
 * Fixes that are correct, not only well-meant, on drafts nobody wrote: seeded mutants of the seeds
 * and fixtures (a line doubled, a character dropped or added). Every fix alone removes its finding,
 * brings no new warning or error and leaves the text outside its edits as it was; fix-all reaches
 * its fixed point in one run.
 */
const ROOT = path.resolve(__dirname, '../../..');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

function* random(seed: number): Generator<number> {
  let x = seed >>> 0 || 1;
  for (;;) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    yield (x >>> 0) / 0x100000000;
  }
}

const INSERTS = ['的', '、', '一', '（', '”', ' ', '1', '。', '二、'];

function mutate(text: string, rnd: Generator<number>): string {
  const r = () => rnd.next().value as number;
  const lines = text.split('\n');
  const kind = Math.floor(r() * 3);
  const li = Math.floor(r() * lines.length);
  if (kind === 0) lines.splice(li, 0, lines[li]);
  else {
    const l = lines[li];
    const at = Math.floor(r() * (l.length + 1));
    lines[li] = kind === 1 ? l.slice(0, at) + l.slice(at + 1) : l.slice(0, at) + INSERTS[Math.floor(r() * INSERTS.length)] + l.slice(at);
  }
  return lines.join('\n');
}

function serious(r: LintResult): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of r.findings) if (f.severity === 'error' || f.severity === 'warning') m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
}

function drafts(): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  if (fs.existsSync(SEEDS)) for (const f of fs.readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) out.push({ name: f, text: fs.readFileSync(path.join(SEEDS, f), 'utf8') });
  for (const f of ['clean/zhuzhou-archive.txt', 'clean/hunan-youth-palace.txt', 'clean/hengyang-science-museum.txt']) {
    out.push({ name: f, text: loadFixture(path.join(ROOT, 'test/fixtures', f)).text });
  }
  return out;
}

const MUTANTS = 40;

describe('fixes on seeded mutants', () => {
  for (const d of drafts()) {
    it(`${d.name}: every fix alone is correct, and fix-all settles in one run`, function () {
      this.timeout(60000);
      const rnd = random(d.text.length);
      const problems: string[] = [];
      for (let k = 0; k < MUTANTS; k++) {
        const text = mutate(d.text, rnd);
        const before = lint(text);
        const counts = serious(before);
        for (const f of before.findings) {
          for (const fix of f.fixes) {
            const fixed = applyEdits(text, fix.edits);
            const after = lint(fixed);
            const where = `mutant ${k}: "${fix.title.zh}" for ${f.ruleId} ${f.message.zh}`;
            if (fixed === text) problems.push(`${where}: changes nothing`);
            const left = after.findings.filter((x) => x.ruleId === f.ruleId).length;
            if (left >= before.findings.filter((x) => x.ruleId === f.ruleId).length) problems.push(`${where}: its finding stays`);
            for (const [id, n] of serious(after)) if (n > (counts.get(id) ?? 0) && !fix.leaves?.includes(id)) problems.push(`${where}: brings a new ${id}`);
          }
        }
        const once = applyEdits(text, fixAllEdits(before));
        const again = fixAllEdits(lint(once));
        if (again.length) problems.push(`mutant ${k}: a second fix-all still changes ${again.length} place(s)`);
      }
      assert.deepStrictEqual(problems, []);
    });
  }
});
