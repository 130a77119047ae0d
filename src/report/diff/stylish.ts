// Terminal output for `diff`: lineage, similarity, one line per section and (file mode) the
// word-level changes, wrapped to 80 columns. Colour only when asked (TTY, no NO_COLOR).
import { Chalk, type ChalkInstance } from 'chalk';
import { stripVTControlCharacters } from 'node:util';
import { quote } from '../../checks/text.js';
import type { Change, DiffReport, SectionDiff } from '../../diff/types.js';

const WIDTH = 80;
/** Longest quote of changed text shown on the terminal (the json/html formats show it all). */
const QUOTE_MAX = 160;

const visible = (text: string): number => stripVTControlCharacters(text).length;

/** Word-wrap `text` to WIDTH after the prefix `first`; later lines are indented by `indent`. */
function wrap(first: string, text: string, indent: number): string {
  const lines: string[] = [];
  let line = first;
  let width = visible(first);
  let fresh = first.length === 0 || first.endsWith(' ');
  for (const word of text.split(/ +|\n/).filter(Boolean)) {
    const size = visible(word);
    if (!fresh && width + 1 + size > WIDTH && width > indent) {
      lines.push(line);
      line = ' '.repeat(indent);
      width = indent;
      fresh = true;
    }
    line += fresh ? word : ` ${word}`;
    width += fresh ? size : size + 1;
    fresh = false;
  }
  lines.push(line);
  return lines.join('\n');
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;

const quoted = (text: string): string => `"${quote(text, QUOTE_MAX)}"`;

function statusStyle(c: ChalkInstance, status: SectionDiff['status']): (text: string) => string {
  switch (status) {
    case 'present': return c.green;
    case 'missing': return c.red;
    case 'extra': return c.cyan;
    default: return c.yellow;
  }
}

function sectionLine(c: ChalkInstance, s: SectionDiff): string {
  const status = statusStyle(c, s.status)(s.status) + ' '.repeat(9 - s.status.length);
  const where = s.line !== undefined ? c.dim(` line ${s.line}`) : '';
  const similarity = s.similarity !== undefined ? c.dim(` ${percent(s.similarity)}`) : '';
  const notice = s.noticeHeading !== undefined ? quoted(s.noticeHeading ?? '(before the first heading)') : '';
  let text: string;
  if (s.model !== undefined) {
    text = s.status === 'missing' ? `${s.modelHeading}${s.recalled ? ' (recalled section)' : ''}`
      : s.status === 'extra' ? notice : `${s.modelHeading} ← ${notice}`;
  } else {
    const against = s.againstHeading !== undefined ? quoted(s.againstHeading ?? '(before the first heading)') : '';
    text = s.status === 'missing' ? `${against}${c.dim(` (against line ${s.againstLine})`)}`
      : s.status === 'extra' ? notice : s.status === 'renamed' ? `${against} → ${notice}` : notice;
  }
  const out = [wrap(`  ${status}`, `${text}${where}${similarity}`, 11)];
  if (s.status === 'split' && s.noticeSections) {
    out.push(wrap('           split over:', s.noticeSections.map((n) => `${quoted(n.heading ?? '(before the first heading)')} (line ${n.line})`).join(', '), 13));
  }
  if (s.status === 'merged' && s.mergedWith) out.push(wrap('           also covers:', s.mergedWith.join(', '), 13));
  const missing = s.elements?.filter((e) => !e.present) ?? [];
  if (missing.length > 0) {
    out.push(c.dim(wrap('           lacks:', missing.map((e) => e.description).join('; '), 13)));
  }
  return out.join('\n');
}

function changeLine(c: ChalkInstance, change: Change): string {
  if (change.type === 'moved') {
    return wrap(`  ${c.cyan('moved')}    `, `${quoted(change.text)} ${c.dim(`from line ${change.from?.line} to line ${change.to?.line}`)}`, 11);
  }
  const added = change.type === 'added';
  const at = added ? `line ${change.to?.line}` : `against line ${change.from?.line}`;
  const label = added ? `${c.green('added')}    ` : `${c.red('removed')}  `;
  return wrap(`  ${label}`, `${added ? c.green(quoted(change.text)) : c.red(quoted(change.text))} ${c.dim(at)}`, 11);
}

export function formatStylish(report: DiffReport, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const { result, model } = report;
  const out: string[] = [];
  out.push(c.bold(result.filePath));
  out.push(wrap('  compared with', model ? `${model.id}: ${model.title} (${model.period})` : result.against, 4));
  const lineage = result.lineage;
  out.push(`  built on: ${c.bold(lineage.model)} ${c.dim(`(confidence ${percent(lineage.confidence)})`)}`);
  for (const evidence of lineage.evidence) out.push(c.dim(wrap('    -', evidence, 6)));
  if (lineage.changedSince.length > 0) {
    out.push('  changed in the DfE model since:');
    for (const change of lineage.changedSince) out.push(wrap('    -', change, 6));
  }
  out.push(`  similarity: ${c.bold(percent(result.similarity))}`, '');
  out.push(c.underline('Sections'));
  for (const section of result.sections) out.push(sectionLine(c, section));
  if (result.changes.length > 0) {
    out.push('', c.underline('Changes'));
    for (const change of result.changes) out.push(changeLine(c, change));
  }
  const counts = new Map<string, number>();
  for (const s of result.sections) counts.set(s.status, (counts.get(s.status) ?? 0) + 1);
  const summary = [...counts].map(([status, n]) => `${n} ${status}`).join(', ');
  out.push('', c.bold(wrap('', `${result.sections.length} sections: ${summary}`, 0)));
  return `${out.join('\n')}\n`;
}
