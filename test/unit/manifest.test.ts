import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RULE_IDS } from '../../server/src/rules';

const ROOT = path.resolve(__dirname, '../../..');
const read = (p: string) => fs.readFileSync(path.join(ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json'));

/** The names of a ZIP's entries, from its central directory. */
function zipEntries(buf: Buffer): string[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const nameLen = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extra + comment;
  }
  return names;
}

describe('extension manifest and packaging', () => {
  it('snippets are generated from the outlines and up to date', () => {
    const r = spawnSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const snippets = JSON.parse(read('snippets/jixiao.code-snippets'));
    assert.ok(Object.keys(snippets).length >= 30);
  });

  it('every grammar pattern is a valid regular expression', () => {
    const grammar = JSON.parse(read('syntaxes/jixiao.tmLanguage.json'));
    const patterns: string[] = [];
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) o.forEach(walk);
      else if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) (k === 'match' ? patterns.push(v as string) : walk(v));
    };
    walk(grammar.repository);
    assert.ok(patterns.length >= 8);
    for (const p of patterns) assert.doesNotThrow(() => new RegExp(p), p);
    assert.match('（二）项目支出情况', new RegExp(grammar.repository.heading2.match));
    assert.doesNotMatch('（四）负责制定全区干部教育培训规划，贯彻落实上级干部调训等工作。', new RegExp(grammar.repository.heading2.match));
  });

  it('every %key% of package.json is translated in both languages', () => {
    const keys = [...JSON.stringify(pkg).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
      const table = JSON.parse(read(nls));
      assert.deepStrictEqual(keys.filter((k) => !(k in table)), [], nls);
    }
  });

  it('every vscode.l10n.t string of the client has a Chinese translation', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));
    const sources = fs.readdirSync(path.join(ROOT, 'client/src')).map((f) => read(`client/src/${f}`)).join('\n');
    const strings = [...sources.matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1].replace(/\\'/g, "'"));
    assert.ok(strings.length >= 8);
    assert.deepStrictEqual(strings.filter((s) => !(s in bundle)), []);
  });

  it('the jixiao.rules setting lists exactly the rules', () => {
    const props = pkg.contributes.configuration.properties['jixiao.rules'].properties;
    assert.deepStrictEqual(Object.keys(props).sort(), [...RULE_IDS].sort());
  });

  it('declares untrusted and virtual workspace support', () => {
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.strictEqual(pkg.capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('the VSIX builds and holds only what the extension needs', function () {
    this.timeout(120000);
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-vsix-')), 'jixiao.vsix');
    const r = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    const entries = zipEntries(fs.readFileSync(out)).filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length)).sort();
    assert.deepStrictEqual(entries, [
      'LICENSE.txt', 'changelog.md', 'dist/client.js', 'dist/server.js', 'l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json',
      'language-configuration.json', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'readme.md',
      'snippets/jixiao.code-snippets', 'syntaxes/jixiao.tmLanguage.json',
    ]);
    assert.ok(fs.statSync(out).size < 2 * 1024 * 1024, 'VSIX under 2 MB');
  });
});
