// STUB(A): minimal sectioner so other stages can be built; the foundation work replaces it.
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LoadedNotice, Section, SectionedNotice, SectionSummary } from '../types.js';

export function sectionNotice(loaded: LoadedNotice): SectionedNotice {
  const sections: Section[] = [];
  const text = loaded.text;
  let current: Section = { id: '0', parentId: null, heading: null, level: 0, topic: 'intro', confidence: 0.5, owner: 'school', line: 1, endLine: 1, start: 0, end: text.length, bodyStart: 0, headingNode: null, nodes: [] };
  sections.push(current);
  let n = 0;
  for (const node of loaded.tree.children) {
    if (node.type === 'heading') {
      const start = node.position?.start.offset ?? 0;
      current.end = start;
      current = { id: String(++n), parentId: null, heading: toString(node), level: (node as Heading).depth, topic: 'other', confidence: 0.1, owner: 'school', line: node.position?.start.line ?? 1, endLine: node.position?.end.line ?? 1, start, end: text.length, bodyStart: node.position?.end.offset ?? start, headingNode: node as Heading, nodes: [] };
      sections.push(current);
    } else {
      current.nodes.push(node);
      current.endLine = node.position?.end.line ?? current.endLine;
    }
  }
  return { ...loaded, sections: sections.filter((s) => s.heading !== null || s.nodes.length > 0) };
}

export function summarizeSections(notice: SectionedNotice): SectionSummary[] {
  return notice.sections.map(({ id, parentId, heading, level, topic, confidence, owner, line, endLine }) => ({ id, parentId, heading, level, topic, confidence, owner, line, endLine }));
}
