import * as assert from 'assert';
import { namesProject } from '../../server/src/model/item-figures';

/**
 * Scans written by hand for speed must say what the patterns they replace say: each is tried
 * against its pattern on many strings built from the characters that matter to it.
 */

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PROJECT_SUBJECT = /项目[“"《]|(?<=[\u4e00-\u9fff]{2})(?:经费|项目|专项|资金)[”"》]?[：:]|(?:该|此)项目|(?<=[\u4e00-\u9fff]{4})项目(?!支出|经费)/;

describe('hand-written scans', () => {
  it('namesProject says what the project-subject pattern says, within the window only', () => {
    const pieces = ['项目', '经费', '专项', '资金', '支出', '该', '此', '项', '目', '“', '”', '"', '《', '》', '：', ':', '年', '维修', '工程', '部门', 'a', '1', '，', ' '];
    const next = generator(7);
    let matched = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 12);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
      const from = Math.floor(next() * 3);
      const to = Math.max(from, text.length - Math.floor(next() * 3));
      const expected = PROJECT_SUBJECT.test(text.slice(from, to));
      if (expected) matched++;
      assert.strictEqual(namesProject(text, from, to), expected, `${JSON.stringify(text)} [${from}, ${to})`);
    }
    // The strings must exercise both answers.
    assert.ok(matched > 1000 && matched < 19000, `matched ${matched}`);
  });
});
