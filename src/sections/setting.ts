// STUB(D1): which kind of setting a notice is for (rules.md, config `setting`).
import type { SectionedNotice, Setting } from '../types.js';

export function detectSetting(_notice: SectionedNotice): Setting {
  return 'state-school';
}
