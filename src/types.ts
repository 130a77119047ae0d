// The notice model shared by every stage: load → sections → lint → report → cli.
// Types only (plus the few constant lists that define public ids); no stage logic here.
import type { Heading, Root, RootContent } from 'mdast';

export type NoticeFormat = 'markdown' | 'text' | 'html' | 'docx' | 'pdf';
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type LineEnding = '\n' | '\r\n' | '\r';

/** Stage 1 output: a notice read from disk or stdin, decoded and parsed to mdast. */
export interface LoadedNotice {
  filePath: string;
  format: NoticeFormat;
  /**
   * The decoded text (BOM removed). Every position in `tree`, every section offset and
   * every message points into it. For .html/.docx/.pdf it is the extracted text.
   */
  text: string;
  /** mdast whose `position.start/end.offset` index into `text`. */
  tree: Root;
  /** How a .md/.txt file was stored, so `--fix` can write it back byte-for-byte. */
  encoding?: TextEncoding;
  eol?: LineEnding;
  /** PDF only: offset in `text` at which each page starts (index 0 = page 1). */
  pageStarts?: number[];
}

/** Topic ids are public API (rules.md "Sections and topics"). */
export const TOPICS = [
  'intro', 'controller', 'categories', 'purposes', 'lawful-basis', 'collection', 'storage',
  'sharing', 'sharing-why', 'dfe', 'npd', 'youth-support', 'rights', 'complaints', 'contact',
  'transfers', 'last-updated', 'appendix', 'other',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Whose content a section is: the notice's own controller, the DfE/NPD block, an appended
 * third-party notice (LA, NHS trust, LRS), or a general definition ("What is personal data?").
 */
export type Owner = 'school' | 'dfe' | 'third-party' | 'definition';

export interface Section {
  /** Stable path such as "3.2"; "0" is the preamble before the first heading. */
  id: string;
  parentId: string | null;
  /** Heading text as a reader sees it (markup removed); null for the preamble. */
  heading: string | null;
  /** 1–6; 0 for the preamble. */
  level: number;
  topic: Topic;
  /** 0–1: how sure the classifier is of `topic`. */
  confidence: number;
  owner: Owner;
  /** 1-based line range of the section's own content (heading to last body line), inclusive. */
  line: number;
  endLine: number;
  /** Offsets [start, end) of the section's own content in `notice.text` (not its sub-sections). */
  start: number;
  end: number;
  /** Offset just after the heading (= start for the preamble). */
  bodyStart: number;
  headingNode: Heading | null;
  /** Body nodes of this section (not the heading, not sub-sections). */
  nodes: RootContent[];
}

/** Stage 2 output. */
export interface SectionedNotice extends LoadedNotice {
  sections: Section[];
}

/** The `sections` entries of `outline --format json` and `lint --format json`. */
export type SectionSummary = Pick<Section, 'id' | 'parentId' | 'heading' | 'level' | 'topic' | 'confidence' | 'owner' | 'line' | 'endLine'>;

// ---- rules ----------------------------------------------------------------------------

export type Severity = 'error' | 'warning' | 'info';
export type SeverityOrOff = Severity | 'off';
export type RuleCategory = 'completeness' | 'dfe' | 'currency' | 'hygiene';
/** rules.md "Department for Education content": which kind of setting the notice is for. */
export type Setting = 'state-school' | 'independent' | 'early-years' | 'other';

export interface RuleOption {
  type: 'number' | 'boolean' | 'string';
  default: number | boolean | string;
  description: string;
}

export interface RuleMeta {
  /** = the file name in rules/ */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** Legal or guidance source, e.g. "UK GDPR Art 13(1)(b), Art 37(1)(a)". */
  source: string;
  /** One line, for `noticelint rules` and the README table. */
  description: string;
  /** Why a school's data protection officer should care. */
  rationale: string;
  /** messageId → template; `{name}` placeholders are filled from the report's `data`. */
  messages: Record<string, string>;
  /** Offers a safe `--fix` for at least one message. */
  fixable?: boolean;
  /** Settings the rule applies to; absent = all. */
  settings?: readonly Setting[];
  /** ISO date before which the rule does not apply (e.g. a duty that commenced later). */
  activeFrom?: string;
  options?: Record<string, RuleOption>;
}

export interface Fix {
  /** [start, end) offsets in the decoded text. */
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number>;
  /** Offsets [start, end) in `notice.text`. */
  start: number;
  end: number;
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface RuleContext {
  readonly notice: SectionedNotice;
  /** The run's "today" (from --date), as YYYY-MM-DD. */
  readonly today: string;
  readonly options: Readonly<Record<string, unknown>>;
  readonly setting: Setting;
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  /** Reads the notice and reports; no I/O, never mutates the notice. */
  check(context: RuleContext): void;
}

// ---- results --------------------------------------------------------------------------

export interface LintMessage {
  ruleId: string | null;
  messageId?: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: true;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** PDF only. */
  page?: number;
}

export interface FileResult {
  filePath: string;
  format: NoticeFormat | null;
  /** 0–100, null for fatal files. */
  score: number | null;
  sections: SectionSummary[];
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fatal: boolean;
  /** The controller the notice names, when found (audit's "school" column). */
  schoolName?: string | null;
  /** Latest issue/review date found in the notice, YYYY-MM-DD. */
  reviewDate?: string | null;
}

/** A problem with an input file: becomes one `fatal` message; never a stack trace. */
export class NoticeError extends Error {
  override name = 'NoticeError';
}

/** A problem with the run itself (bad config, bad flag): exit 2 with this one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}
