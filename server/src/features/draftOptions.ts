import type { LintOptions } from '../engine';

/**
 * The options each draft is checked with: the folder's (from the settings), or the folder's with
 * the outline chosen for that draft, which wins over the folder-wide setting. One object per
 * choice and settings, so that analysis caches keyed by identity hold; each object has an epoch
 * number that names it in result ids and in messages to analysis workers.
 */
export class DraftOptions {
  private folderOptions: LintOptions = {};
  private readonly chosen = new Map<string, string>();
  private readonly byOutline = new Map<string, LintOptions>();
  private readonly epochs = new WeakMap<LintOptions, number>();
  private lastEpoch = 0;

  get folder(): LintOptions {
    return this.folderOptions;
  }

  setFolder(options: LintOptions): void {
    this.folderOptions = options;
  }

  /** `auto` forgets the draft's choice. */
  choose(uri: string, outline: string): void {
    if (outline === 'auto') this.chosen.delete(uri);
    else this.chosen.set(uri, outline);
  }

  of(uri: string): LintOptions {
    const chosen = this.chosen.get(uri);
    if (!chosen) return this.folderOptions;
    let o = this.byOutline.get(chosen);
    if (!o || o.rules !== this.folderOptions.rules || o.extraOutlines !== this.folderOptions.extraOutlines) {
      o = { ...this.folderOptions, outline: chosen };
      this.byOutline.set(chosen, o);
    }
    return o;
  }

  epoch(options: LintOptions): number {
    let e = this.epochs.get(options);
    if (e === undefined) {
      e = ++this.lastEpoch;
      this.epochs.set(options, e);
    }
    return e;
  }
}
