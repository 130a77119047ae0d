// Inline disable comments in Markdown/HTML notices, ESLint style:
//   <!-- noticelint-disable rule-id -->, <!-- noticelint-enable rule-id -->,
//   <!-- noticelint-disable-next-line rule-id -->   (no id = every rule; "next line" = the
//   next line with any content)
// A disabling directive that silences nothing is itself reported (`unused-directive`), so
// stale comments do not hide future problems.
import type { Html } from 'mdast';
import { visit } from 'unist-util-visit';
import type { SectionedNotice } from '../types.js';
import type { PlacedMessage, Positioner } from './engine.js';

export const UNUSED_DIRECTIVE = 'unused-directive';

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty = all rules. */
  ruleIds: string[];
  start: number;
  end: number;
}

// Rule ids are lower-case words joined by single hyphens, so an id can never swallow "-->".
export const DIRECTIVE_PATTERN = /<!--[ \t]*noticelint-(disable-next-line|disable|enable)((?:[ \t,]+[a-z0-9]+(?:-[a-z0-9]+)*)*)[ \t]*-->/g;

/** Directives in the notice's HTML/comment nodes (never in code or plain text). */
export function findDirectives(notice: SectionedNotice): Directive[] {
  const directives: Directive[] = [];
  // Comment nodes hold their source text, so a notice without the word has no directive.
  if (!notice.text.includes('noticelint-')) return directives;
  visit(notice.tree, 'html', (node: Html) => {
    const base = node.position?.start.offset;
    if (base === undefined) return;
    for (const match of node.value.matchAll(DIRECTIVE_PATTERN)) {
      const ruleIds = match[2].split(/[\s,]+/).filter((id) => id !== '');
      const start = base + match.index;
      directives.push({ kind: match[1] as DirectiveKind, ruleIds, start, end: start + match[0].length });
    }
  });
  return directives.sort((a, b) => a.start - b.start);
}

interface Silencer {
  directive: Directive;
  /** The rule id it silences, or null for all. */
  ruleId: string | null;
  used: boolean;
  covers(message: PlacedMessage): boolean;
}

/**
 * The first line after the directive's own line that has any content. Blank lines are
 * skipped because Markdown needs them around a comment block and text extracted from HTML
 * puts them between blocks.
 */
function nextContentLine(text: string, after: number, positioner: Positioner): number {
  const lineEnd = text.indexOf('\n', after);
  if (lineEnd === -1) return positioner.point(text.length).line + 1;
  let at = lineEnd + 1;
  while (at < text.length && /\s/.test(text[at])) at++;
  return positioner.point(at).line;
}

function silencers(directives: readonly Directive[], positioner: Positioner, text: string): Silencer[] {
  const textLength = text.length;
  const result: Silencer[] = [];
  const open = new Map<string | null, Silencer & { from: number; to: number }>();
  const close = (key: string | null, at: number): void => {
    const region = open.get(key);
    if (region) region.to = at;
    open.delete(key);
  };
  for (const directive of directives) {
    const keys = directive.ruleIds.length ? directive.ruleIds : [null];
    if (directive.kind === 'disable-next-line') {
      const line = nextContentLine(text, directive.end, positioner);
      for (const ruleId of keys) result.push({ directive, ruleId, used: false, covers: (m) => m.line === line });
    } else if (directive.kind === 'disable') {
      for (const ruleId of keys) {
        if (open.has(ruleId)) continue;
        // From the comment's own start, so a comment at the top also covers findings placed at 1:1.
        const region = { directive, ruleId, used: false, from: directive.start, to: textLength, covers: (m: PlacedMessage) => m.start >= region.from && m.start < region.to };
        open.set(ruleId, region);
        result.push(region);
      }
    } else if (directive.ruleIds.length === 0) {
      for (const key of [...open.keys()]) close(key, directive.start);
    } else {
      for (const ruleId of keys) close(ruleId, directive.start);
    }
  }
  return result;
}

/**
 * Removes the messages the directives silence and adds one `unused-directive` warning per
 * disabling directive (and rule id) that silenced nothing.
 */
export function applyDirectives(notice: SectionedNotice, messages: readonly PlacedMessage[], positioner: Positioner, report: (directive: Directive, ruleId: string | null) => PlacedMessage): PlacedMessage[] {
  const directives = findDirectives(notice);
  if (directives.length === 0) return [...messages];
  const all = silencers(directives, positioner, notice.text);
  const kept = messages.filter((message) => {
    let silenced = false;
    for (const s of all) {
      if ((s.ruleId === null || s.ruleId === message.ruleId) && message.ruleId !== null && s.covers(message)) {
        s.used = true;
        silenced = true;
      }
    }
    return !silenced;
  });
  for (const s of all) if (!s.used) kept.push(report(s.directive, s.ruleId));
  return kept;
}
