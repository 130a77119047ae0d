// Rule documentation, generated from each rule's meta and its first fixtures so the docs
// cannot drift from the code (test/docs.test.ts regenerates and compares). Pure functions;
// scripts/generate-docs.mjs does the reading and writing.
import type { RuleMeta } from '../types.js';
import { DOCS_BASE } from './sarif.js';

export interface RuleExample {
  /** File name, e.g. "named-dpo.md". */
  name: string;
  text: string;
  /** The `.expected` lines, for a failing example. */
  expected?: string[];
}

export interface RuleDocInput {
  meta: RuleMeta;
  valid?: RuleExample;
  invalid?: RuleExample;
}

export const TABLE_START = '<!-- rules:start -->';
export const TABLE_END = '<!-- rules:end -->';

/** A fence longer than any backtick run inside, so an example can hold code itself. */
function fenced(example: RuleExample): string {
  const longest = Math.max(2, ...[...example.text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const language = example.name.endsWith('.md') ? 'markdown' : 'text';
  return `${fence}${language}\n${example.text.trimEnd()}\n${fence}`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function renderRulePage({ meta, valid, invalid }: RuleDocInput): string {
  const facts: [string, string][] = [
    ['Default severity', `\`${meta.severity}\``],
    ['Category', meta.category],
    ['Source', meta.source],
    ['Fixable', meta.fixable ? 'yes (`--fix` applies the safe fixes)' : 'no'],
  ];
  if (meta.settings) facts.push(['Applies to', meta.settings.join(', ')]);
  if (meta.activeFrom) facts.push(['Applies from', meta.activeFrom]);
  const lines = [
    `# ${meta.id}`,
    '',
    `${meta.description}`,
    '',
    '| | |',
    '|---|---|',
    ...facts.map(([k, v]) => `| ${k} | ${cell(v)} |`),
    '',
    '## Why it matters',
    '',
    meta.rationale,
    '',
    '## What it reports and how to fix it',
    '',
    'Each message says what is wrong, why, and what to write instead (`{…}` is filled in from the notice):',
    '',
    ...Object.entries(meta.messages).map(([id, template]) => `- \`${id}\`: ${template}`),
    '',
  ];
  const options = Object.entries(meta.options ?? {});
  if (options.length) {
    lines.push('## Options', '', '| Option | Type | Default | Description |', '|---|---|---|---|');
    for (const [name, option] of options) lines.push(`| \`${name}\` | ${option.type} | \`${JSON.stringify(option.default)}\` | ${cell(option.description)} |`);
    lines.push('', 'Set them in the config: `"rules": { "' + meta.id + '": ["' + meta.severity + '", { "' + options[0][0] + '": ' + JSON.stringify(options[0][1].default) + ' }] }`.', '');
  }
  lines.push('## Passing example', '', valid ? fenced(valid) : '_No example yet._', '');
  lines.push('## Failing example', '', invalid ? fenced(invalid) : '_No example yet._', '');
  if (invalid?.expected?.length) lines.push('Findings (`line:column-line:column rule message`):', '', ...invalid.expected.map((e) => `- \`${e}\``), '');
  lines.push('## Turning it off', '', `In \`noticelint.config.json\`: \`"rules": { "${meta.id}": "off" }\`, or for one place in a Markdown notice: \`<!-- noticelint-disable-next-line ${meta.id} -->\`.`, '');
  return lines.join('\n');
}

export function renderRulesTable(metas: readonly RuleMeta[]): string {
  return [
    '| Rule | Default | Category | Checks |',
    '|---|---|---|---|',
    ...metas.map((m) => `| [\`${m.id}\`](${DOCS_BASE}${m.id}.md) | ${m.severity} | ${m.category} | ${cell(m.description)}${m.fixable ? ' (fixable)' : ''} |`),
  ].join('\n');
}

/** Replaces the text between the rules-table markers (adding them when absent). */
export function replaceRulesTable(document: string, table: string): string {
  const block = `${TABLE_START}\n${table}\n${TABLE_END}`;
  const start = document.indexOf(TABLE_START);
  const end = document.indexOf(TABLE_END);
  if (start === -1 || end < start) return `${document.trimEnd()}${document.trim() ? '\n\n' : ''}${block}\n`;
  return document.slice(0, start) + block + document.slice(end + TABLE_END.length);
}
