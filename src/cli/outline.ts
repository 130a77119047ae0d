// `noticelint outline <file>`: the sections noticelint sees — heading, topic, confidence,
// owner and line range — as an indented tree or as JSON (SectionSummary[]).
import { Command, InvalidArgumentError } from 'commander';
import { loadNotice } from '../load/index.js';
import { sectionNotice, summarizeSections } from '../sections/index.js';
import type { SectionSummary } from '../types.js';
import { UsageError } from '../types.js';
import { exitTwoOnBadArguments, readStdin, reportErrors } from './lint.js';

interface OutlineFlags {
  format: 'text' | 'json';
  stdinFilename?: string;
}

/** One line per section, indented by nesting, with aligned topic / confidence / lines columns. */
export function formatOutline(sections: readonly SectionSummary[]): string {
  const rows = sections.map((s) => {
    const depth = s.id === '0' ? 0 : s.id.split('.').length - 1;
    const label = `${'  '.repeat(depth)}${s.id}  ${s.heading ?? '(before the first heading)'}`;
    const lines = s.line === s.endLine ? `line ${s.line}` : `lines ${s.line}-${s.endLine}`;
    const owner = s.owner === 'school' ? '' : `  owner: ${s.owner}`;
    return { label, topic: s.topic, confidence: s.confidence.toFixed(2), rest: `${lines}${owner}` };
  });
  const labelWidth = Math.min(70, Math.max(0, ...rows.map((r) => r.label.length)));
  const topicWidth = Math.max(0, ...rows.map((r) => r.topic.length));
  return rows
    .map((r) => {
      const label = r.label.length > labelWidth ? r.label.slice(0, labelWidth - 1) + '…' : r.label.padEnd(labelWidth);
      return `${label}  ${r.topic.padEnd(topicWidth)}  ${r.confidence}  ${r.rest}`;
    })
    .join('\n') + '\n';
}

export function registerOutline(program: Command): void {
  const command = program
    .command('outline')
    .description('print the sections noticelint finds: heading, topic, confidence, owner, line range')
    .argument('<file>', 'a notice (.md .txt .html .docx .pdf), or - for standard input')
    .option('--format <name>', 'text|json', (value: string) => {
      if (value !== 'text' && value !== 'json' && value !== 'stylish') throw new InvalidArgumentError('expected text or json.');
      return value === 'stylish' ? 'text' : value;
    }, 'text')
    .option('--stdin-filename <name>', 'name (and so format) of the notice read from standard input')
    .action(reportErrors(async (file: string, opts: OutlineFlags) => {
      let notice;
      if (file === '-') {
        if (!opts.stdinFilename) throw new UsageError('reading from standard input needs --stdin-filename (e.g. notice.txt) to know the format.');
        notice = await loadNotice(opts.stdinFilename, { bytes: await readStdin() });
      } else {
        notice = await loadNotice(file);
      }
      const sections = summarizeSections(sectionNotice(notice));
      process.stdout.write(opts.format === 'json' ? JSON.stringify(sections, null, 2) + '\n' : formatOutline(sections));
    }));
  exitTwoOnBadArguments(command);
}
