import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { loadOutlineFiles } from '../../server/src/engine';
import { compileOutline, parseOutlineJson } from '../../server/src/model/outline';
import { unsafePattern } from '../../server/src/model/safe-pattern';
import { lint } from '../../server/src/engine';
import { tempDir } from '../harness/temp';

/** What an untrusted folder's outline files can do: be read as data, and nothing more. */
const OUTLINE = { name: 'mine-2', title: '我的提纲', parts: [{ id: '一', title: '基本情况' }, { id: '二', title: '其他情况' }] };

describe('untrusted folders: outline files', () => {
  it('reads only files inside the workspace folder: no absolute path, no .., no link that leads out', () => {
    const outside = tempDir('outside');
    const folder = tempDir('folder');
    fs.writeFileSync(path.join(outside, 'secret.json'), JSON.stringify(OUTLINE));
    fs.writeFileSync(path.join(folder, 'mine.json'), JSON.stringify(OUTLINE));
    fs.mkdirSync(path.join(folder, 'sub'));
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(folder, 'sub', 'link.json'));
    const r = loadOutlineFiles(['mine.json', path.join(outside, 'secret.json'), '../' + path.basename(outside) + '/secret.json', 'sub/link.json'], [folder]);
    assert.deepStrictEqual(r.outlines.map((o) => o.name), ['mine-2']);
    assert.strictEqual(r.errors.length, 3);
    assert.ok(r.errors.every((e) => /refused/.test(e)), r.errors.join('\n'));
  });

  it('an error about a file that is not an outline never quotes its content', () => {
    assert.throws(() => parseOutlineJson('PASSWORD=hunter2\nTOKEN=abc', '.env'), (e: Error) => !/hunter2|PASSWORD|TOKEN/.test(e.message) && /not valid JSON/.test(e.message));
  });

  it('refuses patterns that can take exponential time, naming the field, and keeps the built-in ones', () => {
    const data = { ...OUTLINE, parts: [{ id: '一', title: '基本情况', patterns: ['^(a+)+$'] }] };
    assert.throws(() => compileOutline(data, 'evil.json'), /evil\.json: parts\[0\]\.patterns\[0\]: refused: a repeated group/);
    for (const p of ['(a|a)*$', '(\\w+\\s?)*x', '(a)\\1', '(?=a)b', 'a{1,100000}']) assert.ok(unsafePattern(p), p);
    for (const dir of [path.resolve(__dirname, '../../../server/src/outlines')]) {
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.json'))) compileOutline(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')), f);
    }
  });

  it('with that pattern refused, checking a heading of 40 a\'s is immediate', () => {
    const started = Date.now();
    lint('一、' + 'a'.repeat(40) + '!\n二、其他需要说明的情况\n无。\n');
    assert.ok(Date.now() - started < 2000);
  });
});
