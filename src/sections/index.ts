// Stage 2: split a loaded notice into sections (one per heading, plus the preamble "0"),
// nest them by heading level, and give each a topic, a confidence and an owner.
// Sections never overlap and are in document order: rules binary-search them by offset.
import type { Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { LoadedNotice, Section, SectionedNotice, SectionSummary } from '../types.js';
import { classifyOwner, classifyTopic, isAppendedNoticeTitle, opensPastedNotice } from './classify.js';
import { normalizeHeading, partOfHeading } from '../load/vocabulary.js';
import { PRIVACY_NOTICE_NAME } from '../../rules/data/topics.js';

interface Draft {
  heading: Heading | null;
  nodes: RootContent[];
  isTitle: boolean;
  /** Some body text comes before this heading. */
  afterBody: boolean;
}

/** A node with words a reader would call text (not a stray "2018/19" or a nav link). */
function isBodyText(node: RootContent): boolean {
  if (node.type === 'list' || node.type === 'table') return true;
  if (node.type !== 'paragraph' && node.type !== 'blockquote') return false;
  // A line of words without a full stop may still be part of the title ("…early years settings 2016-17").
  const words = toString(node).trim();
  return words.length > 300 || /[.:;!?)]$/.test(words) || words.split(/\s+/).length >= 25;
}

function draftsOf(loaded: LoadedNotice): Draft[] {
  const drafts: Draft[] = [{ heading: null, nodes: [], isTitle: false, afterBody: false }];
  let seenBody = false;
  let titlesOnly = true;
  for (const node of loaded.tree.children) {
    if (node.type === 'heading') {
      // A heading straight under the notice's first title, with no text between, is part of it
      // ("Oakfield School Privacy Notice" / "How we use pupil information"), even after a letterhead.
      const previous = drafts[drafts.length - 1];
      const subtitle =
        previous.heading !== null && titlesOnly && !previous.nodes.some(isBodyText) &&
        (previous.isTitle || PRIVACY_NOTICE_NAME.test(normalizeHeading(toString(previous.heading))));
      // (Only the first heading that is no title may still lead a subtitle.)
      if (previous.heading !== null && !previous.isTitle) titlesOnly = false;
      drafts.push({ heading: node, nodes: [], isTitle: !seenBody || node.depth === 1 || subtitle, afterBody: seenBody });
      continue;
    }
    if (node.type === 'html' || node.type === 'definition') {
      drafts[drafts.length - 1].nodes.push(node);
      continue;
    }
    if (isBodyText(node)) seenBody = true;
    drafts[drafts.length - 1].nodes.push(node);
  }
  if (drafts[0].nodes.length === 0) drafts.shift();
  return drafts;
}

function headingText(heading: Heading): string {
  return toString(heading).replace(/[\s\u00a0]+/g, ' ').trim();
}

export function sectionNotice(loaded: LoadedNotice): SectionedNotice {
  const text = loaded.text;
  const drafts = draftsOf(loaded);
  const sections: Section[] = [];
  /** Open ancestors, innermost last. */
  const stack: Section[] = [];
  const childCount = new Map<string | null, number>();
  /** Heading level of another body's appended notice title, once one is met. */
  let appendedFrom: number | null = null;
  let schoolSections = 0;
  /** The letter of the part of the notice another body wrote ("PART B – …"), while its sections last. */
  let otherPart: string | null = null;
  const titleSections = new Set<Section>();

  drafts.forEach((draft, index) => {
    const next = drafts[index + 1];
    const headingNode = draft.heading;
    const start = headingNode ? headingNode.position!.start.offset! : 0;
    const end = next ? next.heading!.position!.start.offset! : text.length;
    const bodyStart = headingNode ? headingNode.position!.end.offset! : start;
    const lastNode = draft.nodes[draft.nodes.length - 1];
    const line = headingNode ? headingNode.position!.start.line : (draft.nodes[0]?.position?.start.line ?? 1);
    const endLine = lastNode?.position?.end.line ?? headingNode?.position?.end.line ?? line;
    const level = headingNode ? headingNode.depth : 0;

    let id: string;
    let parent: Section | null = null;
    if (!headingNode) id = '0';
    else {
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      parent = stack[stack.length - 1] ?? null;
      const key = parent?.id ?? null;
      const n = (childCount.get(key) ?? 0) + 1;
      childCount.set(key, n);
      id = parent ? `${parent.id}.${n}` : String(n);
    }

    const heading = headingNode ? headingText(headingNode) : null;
    const parentIsTitle = parent !== null && titleSections.has(parent);
    const facts = {
      heading,
      normalizedHeading: heading === null ? null : normalizeHeading(heading),
      isTitle: draft.isTitle,
      afterBody: draft.afterBody,
      body: text.slice(bodyStart, end),
      parent: parent ? { topic: parent.topic, confidence: parent.confidence, owner: parent.owner, isTitle: parentIsTitle } : null,
    };
    const { topic, confidence } = classifyTopic(facts);
    // After another body's notice appended below the school's own sections, its "Who we are"
    // and "Your rights" are that body's (a council's model notice used as the school's own is
    // titled that way before any school section, and stays the school's).
    // "B1. Admissions" under a council's "PART B – How the council uses pupil data" is the council's too.
    const part = heading === null ? null : partOfHeading(heading);
    const inOtherPart = otherPart !== null && part?.opensPart === false && part.letter === otherPart;
    // Another body's notice may open here once the school's own sections are behind us:
    // titled as such, or pasted in under a line naming its author.
    const mayOpenAppended = appendedFrom === null && schoolSections >= MIN_SECTIONS_BEFORE_APPENDIX;
    const previous = sections.at(-1);
    const handedOver =
      mayOpenAppended && facts.normalizedHeading !== null && previous !== undefined &&
      opensPastedNotice(facts.normalizedHeading, text.slice(previous.bodyStart, start), facts.body);
    const owner = (appendedFrom !== null && level >= appendedFrom) || inOtherPart || handedOver ? 'third-party' : classifyOwner(facts, topic);
    if (part?.opensPart) otherPart = owner === 'third-party' ? part.letter : null;
    const appended = owner === 'third-party' && facts.normalizedHeading !== null && (handedOver || isAppendedNoticeTitle(facts.normalizedHeading));
    if (mayOpenAppended && appended) appendedFrom = level;
    if (owner === 'school' && headingNode) schoolSections++;
    const section: Section = {
      id,
      parentId: parent?.id ?? null,
      heading,
      level,
      topic,
      confidence: Math.round(confidence * 100) / 100,
      owner,
      line,
      endLine,
      start,
      end,
      bodyStart,
      headingNode,
      nodes: draft.nodes,
    };
    sections.push(section);
    if (headingNode) stack.push(section);
    if (draft.isTitle) titleSections.add(section);
  });
  return { ...loaded, sections };
}

/** School sections with headings that must come before another body's notice for it to be an appendix. */
const MIN_SECTIONS_BEFORE_APPENDIX = 3;

export function summarizeSections(notice: SectionedNotice): SectionSummary[] {
  return notice.sections.map(({ id, parentId, heading, level, topic, confidence, owner, line, endLine }) => ({ id, parentId, heading, level, topic, confidence, owner, line, endLine }));
}
