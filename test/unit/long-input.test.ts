import * as assert from 'assert';
import { lint } from '../../server/src/engine';
import { HARDER_SHAPES, SHAPES } from '../tools/shapes';

/**
 * No input hangs the checker. Each shape below once cost the square of its size (a minute or more
 * at 2 MB); at 2 MB each now takes about a second. The limit is a hang's, not a speed target:
 * speed is measured in `npm run bench`.
 */
describe('long inputs of every shape that was once square', () => {
  for (const [name, make] of [...SHAPES, ...HARDER_SHAPES]) {
    it(`${name}, 2 MB, is checked without failure`, function () {
      this.timeout(20000);
      const r = lint(make(2 * 1024 * 1024));
      assert.deepStrictEqual(r.failures, []);
    });
  }
});
