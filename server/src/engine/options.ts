import type { Severity } from '../rules/types';
import { RULE_IDS } from '../rules';

/** A rule's severity as configured: one of the four, or off. */
export type SeveritySetting = Severity | 'off';

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'information', 'warning', 'error'];

/** `info` is accepted for `information`, as linters usually spell it; anything else is not a severity. */
export function parseSeverity(value: unknown): SeveritySetting | undefined {
  const v = value === 'info' ? 'information' : value;
  return typeof v === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(v) ? (v as SeveritySetting) : undefined;
}

export function isRuleId(id: string): boolean {
  return RULE_IDS.includes(id);
}

/**
 * Per-rule severities from a settings object: known rules with known severities are kept, the rest
 * reported through `onIgnored` (the CLI refuses them, the server falls back to the defaults).
 */
export function ruleSeverities(raw: unknown, onIgnored?: (id: string, why: 'rule' | 'severity') => void): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    const severity = parseSeverity(value);
    if (!isRuleId(id)) onIgnored?.(id, 'rule');
    else if (!severity) onIgnored?.(id, 'severity');
    else out[id] = severity;
  }
  return out;
}
