import * as fs from 'fs';
import * as path from 'path';
import { pathOfUri } from './uri';
import type { LintOptions, SeveritySetting } from '../engine';
import { Outline, OutlineError, parseOutlineJson } from '../model/outline';
import { DEFAULT_SETTINGS, Settings } from '../protocol';
import { RULE_IDS } from '../rules';

const SEVERITIES = new Set(['off', 'hint', 'information', 'warning', 'error']);

/** Settings as the client sends them, checked: an unknown value falls back to the default. */
export function normaliseSettings(raw: unknown): Settings {
  const o = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const rules: Record<string, string> = {};
  if (o.rules && typeof o.rules === 'object') {
    for (const [id, sev] of Object.entries(o.rules as Record<string, unknown>)) {
      const s = sev === 'info' ? 'information' : sev;
      if (RULE_IDS.includes(id) && typeof s === 'string' && SEVERITIES.has(s)) rules[id] = s;
    }
  }
  return {
    enable: typeof o.enable === 'boolean' ? o.enable : DEFAULT_SETTINGS.enable,
    outline: typeof o.outline === 'string' && o.outline.trim() ? o.outline.trim() : DEFAULT_SETTINGS.outline,
    outlineFiles: Array.isArray(o.outlineFiles) ? o.outlineFiles.filter((x): x is string => typeof x === 'string') : [],
    rules,
    language: o.language === 'en' ? 'en' : 'zh',
  };
}

export interface LoadedOutlines {
  outlines: Outline[];
  errors: string[];
}

/**
 * The user's outline files, read as data (never run). Relative paths are taken from each workspace
 * folder; a folder that is not on disk (a virtual workspace) simply has none.
 */
export function loadOutlineFiles(files: string[], folders: string[]): LoadedOutlines {
  const outlines: Outline[] = [];
  const errors: string[] = [];
  for (const f of files) {
    const candidates = path.isAbsolute(f) ? [f] : folders.map((d) => pathOfUri(d)).filter((d): d is string => !!d).map((d) => path.join(d, f));
    const found = candidates.find((p) => fs.existsSync(p));
    if (!found) {
      errors.push(`outline file ${f}: not found`);
      continue;
    }
    try {
      outlines.push(parseOutlineJson(fs.readFileSync(found, 'utf8'), found));
    } catch (e) {
      errors.push(e instanceof OutlineError ? `outline file ${e.message}` : `outline file ${found}: ${(e as Error).message}`);
    }
  }
  return { outlines, errors };
}

export function lintOptions(settings: Settings, outlines: Outline[]): LintOptions {
  return {
    outline: settings.outline === 'auto' ? undefined : settings.outline,
    extraOutlines: outlines,
    rules: settings.rules as Record<string, SeveritySetting>,
    lang: settings.language,
  };
}
