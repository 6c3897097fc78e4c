import { pathOfUri } from './uri';
import { LintOptions, loadOutlineFiles, ruleSeverities } from '../engine';
import type { LoadedOutlines } from '../engine/outlines';
import type { Outline } from '../model/outline';
import { DEFAULT_SETTINGS, Settings } from '../protocol';

/** Settings as the client sends them, checked: an unknown value falls back to the default. */
export function normaliseSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  // Unknown rules and severities fall back to the defaults: a typo must not stop the checker.
  const rules = ruleSeverities(o.rules);
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : DEFAULT_SETTINGS.enable,
    outline: typeof o.outline === 'string' && o.outline.trim() ? o.outline.trim() : DEFAULT_SETTINGS.outline,
    outlineFiles: Array.isArray(o.outlineFiles) ? o.outlineFiles.filter((x): x is string => typeof x === 'string') : [],
    rules,
    language: o.language === 'en' ? 'en' : 'zh',
  };
}

/**
 * The user's outline files, read as data (never run). Relative paths are taken from each workspace
 * folder; a folder that is not on disk (a virtual workspace) simply has none.
 */
export function loadWorkspaceOutlines(files: string[], folders: string[]): LoadedOutlines {
  return loadOutlineFiles(files, folders.map((d) => pathOfUri(d)).filter((d): d is string => !!d));
}

export function lintOptions(settings: Settings, outlines: Outline[]): LintOptions {
  return {
    outline: settings.outline === 'auto' ? undefined : settings.outline,
    extraOutlines: outlines,
    rules: ruleSeverities(settings.rules),
    lang: settings.language,
  };
}
