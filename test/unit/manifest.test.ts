import * as zlib from 'zlib';
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { RULE_IDS } from '../../server/src/rules';
import { tempDir } from '../harness/temp';

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

/** One entry's text, read through its local header (stored or deflated). */
function zipText(buf: Buffer, name: string): string {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    if (buf.toString('utf8', at + 46, at + 46 + nameLen) === name) {
      const method = buf.readUInt16LE(local + 8);
      const size = buf.readUInt32LE(local + 18);
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  throw new Error(`no ${name} in the package`);
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

  it('no installed package wants a newer Node than the one README and engines state', () => {
    const stated = Number(/>=\s*(\d+)/.exec(pkg.engines.node)![1]);
    assert.match(read('README.md'), new RegExp(`Node ${stated} or later`));
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string } }> };
    const newer = Object.entries(lock.packages)
      .map(([name, p]) => [name, /^\s*>=\s*(\d+)/.exec(p.engines?.node ?? '')?.[1]] as const)
      .filter(([, major]) => major !== undefined && Number(major) > stated);
    assert.deepStrictEqual(newer, []);
  });

  it('declares untrusted and virtual workspace support', () => {
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
    assert.strictEqual(pkg.capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('the VSIX builds and holds only what the extension needs', function () {
    this.timeout(120000);
    const out = path.join(tempDir('vsix'), 'jixiao.vsix');
    // Packaged as `npm run package` does, from the production build (minified, no source maps);
    // the development build is put back after, for the suites that run next.
    const build = (...args: string[]) => spawnSync('node', ['scripts/build.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(build('--production').status, 0);
    const r = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], { cwd: ROOT, encoding: 'utf8' });
    assert.strictEqual(build().status, 0);
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    const entries = zipEntries(fs.readFileSync(out)).filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length)).sort();
    assert.deepStrictEqual(entries, [
      'LICENSE.txt', 'changelog.md', 'dist/analysis-worker.js', 'dist/client.js', 'dist/server.js',
      // README's images are packaged, so the details page shows them from the VSIX itself.
      ...fs.readdirSync(path.join(ROOT, 'docs/images')).filter((f) => f.endsWith('.png')).map((f) => `docs/images/${f}`),
      'l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json',
      'language-configuration.json', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'readme.md',
      'snippets/jixiao.code-snippets', 'syntaxes/jixiao.tmLanguage.json',
    ]);
    assert.ok(fs.statSync(out).size < 2 * 1024 * 1024, 'VSIX under 2 MB');
    const readme = zipText(fs.readFileSync(out), 'extension/readme.md');
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    assert.ok(images.length >= 4 && images.every((i) => i.startsWith('docs/images/') && entries.includes(i)), images.join(', '));
  });
});
