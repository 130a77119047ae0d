// Patch-like output. File mode: a real unified diff of the two texts (what `patch` reads).
// Model mode: the model's section skeleton against the notice's, one line per section.
import { createTwoFilesPatch } from 'diff';
import type { DiffReport, SectionDiff } from '../../diff/types.js';

const MARKER: Record<SectionDiff['status'], string> = {
  present: ' ', renamed: '~', merged: '~', split: '~', moved: '~', missing: '-', extra: '+',
};

function skeletonLine(section: SectionDiff): string {
  const where = section.line !== undefined ? ` (line ${section.line})` : '';
  if (section.status === 'extra') return `+${section.noticeHeading ?? '(untitled)'}${where}`;
  const model = section.modelHeading ?? '';
  if (section.status === 'missing') return `-${model}${section.recalled ? '  [recalled section]' : ''}`;
  const notice = section.noticeHeading ?? '(text before the first heading)';
  return `${MARKER[section.status]}${model}  → ${section.status}: ${notice}${where}`;
}

export function formatUnified(report: DiffReport): string {
  const { result, notice, base } = report;
  if (base) return createTwoFilesPatch(base.filePath, notice.filePath, base.text, notice.text, '', '', { context: 3 });
  const lines = [`--- ${result.against} (model sections)`, `+++ ${result.filePath} (notice sections)`,
    `@@ ${result.sections.length} sections, similarity ${Math.round(result.similarity * 100)}% @@`,
    ...result.sections.map(skeletonLine)];
  return `${lines.join('\n')}\n`;
}
