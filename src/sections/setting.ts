// Which kind of setting a notice is for (rules.md, config `setting: auto`), from the
// notice's own words; when unsure, a state school (the DfE rules then apply).
import type { SectionedNotice, Setting } from '../types.js';
import { matchableText, mayMatchNotice } from '../checks/text.js';
import { EARLY_YEARS_SETTING, INDEPENDENT_SETTING, OPENING_LENGTH, OTHER_SETTING, STATE_SCHOOL_SELF, WEAK_CUE_COUNT, type SettingCues } from '../../rules/data/settings.js';

export function detectSetting(notice: SectionedNotice): Setting {
  // Most notices hold no cue at all; the literal index says so without assembling the text.
  const possible = (cues: SettingCues) => [...cues.strong, ...cues.weak].some((p) => mayMatchNotice(notice, p));
  const settings: [SettingCues, Setting][] = [[OTHER_SETTING, 'other'], [INDEPENDENT_SETTING, 'independent'], [EARLY_YEARS_SETTING, 'early-years']];
  const candidates = settings.filter(([cues]) => possible(cues));
  if (candidates.length === 0) return 'state-school';
  const text = ownText(notice);
  const saysStateSchool = STATE_SCHOOL_SELF.test(text);
  return candidates.find(([cues]) => (saysStateSchool ? cues.strong.some((p) => p.test(text)) : matches(text, cues)))?.[1] ?? 'state-school';
}

/** The notice's own text: appended third-party notices and DfE blocks say nothing about it. */
function ownText(notice: SectionedNotice): string {
  const text = matchableText(notice);
  const own = notice.sections.filter((s) => s.owner === 'school' || s.owner === 'definition');
  return own.length ? own.map((s) => text.slice(s.start, s.end)).join('\n') : text;
}

function matches(text: string, cues: SettingCues): boolean {
  if (cues.strong.some((p) => p.test(text))) return true;
  const opening = text.slice(0, OPENING_LENGTH);
  if (cues.weak.some((p) => p.test(opening))) return true;
  let count = 0;
  for (const p of cues.weak) count += text.match(new RegExp(p.source, p.flags.replace('g', '') + 'g'))?.length ?? 0;
  return count >= WEAK_CUE_COUNT;
}
