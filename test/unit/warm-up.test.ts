import * as assert from 'assert';
import { warmUpDraft } from '../../server/src/analysis/warm-up-draft';
import { lint } from '../../server/src/engine';

/**
 * An analysis worker warms up on made-up drafts before a large draft reaches it. The warm-up is
 * only worth its time if those drafts run the code real drafts run: these tests hold the made-up
 * draft to what its comment says it has.
 */
describe('the made-up draft an analysis worker warms up on', () => {
  it('runs every kind of finding the rules make on sums, rates, counts, units, template debris and headings', () => {
    const result = lint(warmUpDraft(0));
    assert.deepStrictEqual(result.failures, []);
    const found = new Set(result.findings.map((f) => f.ruleId));
    for (const id of ['amount.sum-mismatch', 'amount.rate-mismatch', 'amount.count-mismatch', 'amount.unit', 'amount.inconsistent',
      'template.placeholder', 'template.instruction', 'text.spacing', 'text.duplicate-char', 'section.numbering', 'section.title']) {
      assert.ok(found.has(id), `no ${id} among ${[...found].join(', ')}`);
    }
    assert.ok(result.doc.layout.tables.length >= 2, 'a pipe table and a tab table');
    assert.ok(result.doc.relations.length > 50 && result.doc.rates.length > 10, 'sums and rates to check');
  });

  it('is the same draft for the same round, another for the next, and about 13,000 characters', () => {
    assert.strictEqual(warmUpDraft(5), warmUpDraft(5));
    assert.notStrictEqual(warmUpDraft(5), warmUpDraft(6));
    for (const round of [0, 17, 39]) assert.ok(Math.abs(warmUpDraft(round).length - 13300) < 1000, `round ${round}: ${warmUpDraft(round).length}`);
  });
});
