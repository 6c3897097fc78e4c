import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from '../harness/temp';

/**
 * Every list of rules and outlines is generated from the rule files and the outline JSON files
 * (scripts/generate.mjs): the committed files are up to date, and a new outline file is picked up
 * with no other edit.
 */
const ROOT = path.resolve(__dirname, '../../..');

function generate(...args: string[]) {
  return spawnSync(process.execPath, ['scripts/generate.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('generated lists', () => {
  it('are up to date (else run: node scripts/generate.mjs)', () => {
    const r = generate('--check');
    assert.strictEqual(r.status, 0, r.stderr);
  });

  it('pick up an outline added as one JSON file', function () {
    this.timeout(30000);
    const outlines = tempDir('outlines');
    const out = tempDir('generated');
    try {
      for (const f of fs.readdirSync(path.join(ROOT, 'server/src/outlines')).filter((x) => x.endsWith('.json'))) {
        fs.copyFileSync(path.join(ROOT, 'server/src/outlines', f), path.join(outlines, f));
      }
      fs.writeFileSync(path.join(outlines, 'changsha-4.json'), JSON.stringify({
        name: 'changsha-4', title: '长沙市部门整体支出绩效自评报告提纲（四部分）', titleEn: 'Changsha outline, four parts',
        parts: [{ id: '一', title: '部门概况' }, { id: '二', title: '预算执行情况', sentences: ['${year}年支出${1:A}万元。'] }, { id: '三', title: '绩效情况' }, { id: '四', title: '问题及建议' }],
      }));
      const r = generate('--outlines', outlines, '--out', out);
      assert.strictEqual(r.status, 0, r.stderr);
      const pkg = JSON.parse(fs.readFileSync(path.join(out, 'package.json'), 'utf8'));
      assert.ok(pkg.contributes.configuration.properties['jixiao.outline'].enum.includes('changsha-4'));
      const zh = JSON.parse(fs.readFileSync(path.join(out, 'package.nls.zh-cn.json'), 'utf8'));
      assert.strictEqual(zh['config.outline.changsha-4'], '长沙市部门整体支出绩效自评报告提纲（四部分）');
      const en = JSON.parse(fs.readFileSync(path.join(out, 'package.nls.json'), 'utf8'));
      assert.strictEqual(en['config.outline.changsha-4'], 'Changsha outline, four parts');
      assert.match(fs.readFileSync(path.join(out, 'server/src/outlines/index.ts'), 'utf8'), /changsha-4\.json/);
      const snippets = JSON.parse(fs.readFileSync(path.join(out, 'snippets/jixiao.code-snippets'), 'utf8'));
      assert.ok(Object.values(snippets).some((s) => (s as { prefix: string }).prefix === 'jx-changsha-4-2-s1'));
    } finally {
      fs.rmSync(outlines, { recursive: true, force: true });
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('snippet prefixes are ASCII (typeable through any input method) and unique', () => {
    const snippets = JSON.parse(fs.readFileSync(path.join(ROOT, 'snippets/jixiao.code-snippets'), 'utf8')) as Record<string, { prefix: string }>;
    const prefixes = Object.values(snippets).map((s) => s.prefix);
    assert.ok(prefixes.every((p) => /^[\x21-\x7e]+$/.test(p)), prefixes.filter((p) => !/^[\x21-\x7e]+$/.test(p)).join(', '));
    assert.strictEqual(new Set(prefixes).size, prefixes.length);
  });
});
