// Hand-built SectionedNotice for the diff tests: sections with chosen headings and topics,
// independent of the sectioner's classifier. Not a test file itself.
import type { Section, SectionedNotice, Topic } from '../src/types.js';

export interface SectionSpec {
  heading: string | null;
  topic?: Topic;
  body: string;
  level?: number;
  parent?: number;
}

export function buildNotice(specs: SectionSpec[], filePath = 'built.md'): SectionedNotice {
  let text = '';
  let line = 1;
  const sections: Section[] = specs.map((spec, index) => {
    const start = text.length;
    const startLine = line;
    const headingText = spec.heading === null ? '' : `${'#'.repeat(spec.level ?? 2)} ${spec.heading}\n\n`;
    text += headingText;
    const bodyStart = text.length;
    text += `${spec.body}\n\n`;
    line += (headingText + spec.body).split('\n').length + 1;
    return {
      id: String(index), parentId: spec.parent === undefined ? null : String(spec.parent), heading: spec.heading,
      level: spec.heading === null ? 0 : (spec.level ?? 2), topic: spec.topic ?? 'other', confidence: 0.9, owner: 'school',
      line: startLine, endLine: line - 1, start, end: text.length, bodyStart, headingNode: null, nodes: [],
    };
  });
  return { filePath, format: 'markdown', text, tree: { type: 'root', children: [] }, sections };
}
