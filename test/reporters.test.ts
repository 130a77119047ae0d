// Reporters: each format carries the same findings, in the shape its consumers expect.
import { Ajv } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fatalResult, lintText } from '../src/lint/index.js';
import { formatGithub } from '../src/report/github.js';
import { formatJson } from '../src/report/json.js';
import { formatJunit } from '../src/report/junit.js';
import { formatSarif } from '../src/report/sarif.js';
import { formatStylish } from '../src/report/stylish.js';
import { getFormatter } from '../src/report/index.js';
import type { FileResult } from '../src/types.js';
import { UsageError } from '../src/types.js';

// ajv-formats is CommonJS: under NodeNext its default export arrives wrapped.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ?? formatsPlugin) as unknown as (ajv: Ajv) => Ajv;

const cwd = '/home/office/notices';
const context = { cwd, color: false };

/** A result with one of each severity, a fix, a suggestion and a page number. */
const linted: FileResult = {
  filePath: join(cwd, 'oakfield, "primary".md'),
  format: 'markdown',
  score: 64,
  sections: [{ id: '1', parentId: null, heading: 'Who we are', level: 2, topic: 'controller', confidence: 0.9, owner: 'school', line: 1, endLine: 4 }],
  messages: [
    { ruleId: 'dpa-1998', messageId: 'law', severity: 'error', message: 'Cites the Data Protection Act 1998 <old> & repealed.', line: 3, column: 5, endLine: 3, endColumn: 30, fix: { range: [20, 45], text: 'UK GDPR' } },
    { ruleId: 'retention', messageId: 'missing', severity: 'warning', message: 'Says nothing about: how long, 100%', line: 4, column: 1, endLine: 4, endColumn: 2, suggestions: [{ desc: 'add', fix: { range: [0, 0], text: 'x' } }] },
    { ruleId: 'insecure-link', messageId: 'http', severity: 'info', message: 'Plain http link.', line: 6, column: 2, endLine: 6, endColumn: 20, page: 2 },
  ],
  errorCount: 1,
  warningCount: 1,
  infoCount: 1,
  fatal: false,
};
const fatal = fatalResult('broken.pdf', 'broken.pdf is password-protected: save an unprotected copy and lint that.');
const results = [linted, fatal];

describe('json', () => {
  const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schema', 'results.schema.json'), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true }).compile(schema);

  it('matches the published schema, for hand-made and real results', () => {
    const real = lintText('# Privacy notice\n\nRiverside Academy Trust uses the Data Protection Act 1998.\n', 'real.md', { date: '2026-11-24', cwd });
    const parsed = JSON.parse(formatJson([...results, real])) as unknown;
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });

  it('writes, one file at a time, exactly the text of the whole array', () => {
    for (const list of [[], [linted], results]) expect(formatJson(list)).toBe(JSON.stringify(list, null, 2) + '\n');
  });

  it('rejects output that breaks the contract', () => {
    const broken = JSON.parse(formatJson([linted])) as Record<string, unknown>[];
    (broken[0].messages as Record<string, unknown>[])[0].severity = 'fatal';
    expect(validate(broken)).toBe(false);
  });
});

describe('stylish', () => {
  it('groups by file with line:col, severity, message and rule id, then a summary', () => {
    const out = formatStylish(results, context);
    expect(out).toContain('oakfield, "primary".md  score 64');
    expect(out).toMatch(/ {2}3:5 +error +Cites the Data Protection Act 1998 <old> & repealed\. +dpa-1998/);
    expect(out).toMatch(/broken\.pdf\n {2}1:1 +fatal +broken\.pdf is password-protected/);
    expect(out).toContain('4 problems (2 errors, 1 warning, 1 info), score 64');
    expect(out).toContain('1 problem can be fixed with --fix');
  });

  it('colours only when asked', () => {
    expect(formatStylish(results, context)).not.toMatch(/\u001b\[/);
    expect(formatStylish(results, { cwd, color: true })).toMatch(/\u001b\[31m/);
  });

  it('says so when there is nothing to report', () => {
    expect(formatStylish([{ ...linted, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, score: 100 }], context)).toBe('✔ 1 file checked, no problems, score 100\n');
  });
});

describe('github', () => {
  it('writes one escaped workflow command per message, info as notice', () => {
    const lines = formatGithub([linted], context).trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=oakfield%2C "primary".md,line=3,col=5,endLine=3,endColumn=30,title=dpa-1998::Cites the Data Protection Act 1998 <old> & repealed.');
    expect(lines[1]).toBe('::warning file=oakfield%2C "primary".md,line=4,col=1,endLine=4,endColumn=2,title=retention::Says nothing about: how long, 100%25');
    expect(lines[2]).toMatch(/^::notice /);
  });
});

describe('junit', () => {
  const xml = formatJunit(results, context);

  it('has one suite per file and one failing testcase per rule with findings', () => {
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toMatch(/<testsuite name="oakfield, &quot;primary&quot;.md" tests="\d+" failures="3" errors="0">/);
    expect(xml).toContain('<failure message="Cites the Data Protection Act 1998 &lt;old&gt; &amp; repealed." type="error">');
    expect(xml).toMatch(/<testcase classname="[^"]+" name="rights-access"\/>/);
  });

  it('reports a fatal file as an error, not as rule failures', () => {
    expect(xml).toContain('<testsuite name="broken.pdf" tests="1" failures="0" errors="1">');
  });
});

describe('sarif', () => {
  const log = JSON.parse(formatSarif(results, context)) as {
    runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; columnKind: string; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[]; invocations: { executionSuccessful: boolean }[] }[];
  };
  const run = log.runs[0];

  it('maps severities and positions, with relative URIs and UTF-16 columns', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(run.results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'oakfield%2C%20%22primary%22.md', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 30 } });
    expect(run.invocations[0].executionSuccessful).toBe(false);
  });

  it('describes every rule with a help page', () => {
    const dpa = run.tool.driver.rules.find((r) => r.id === 'dpa-1998');
    expect(dpa?.helpUri).toBe('https://github.com/noticelint/noticelint/blob/main/docs/rules/dpa-1998.md');
  });

  const schemaPath = '/work/shared/schemas/sarif-schema-2.1.0.json';
  it.skipIf(!existsSync(schemaPath))('validates against the official SARIF 2.1.0 schema', () => {
    // The official schema is draft-04; its keywords used here mean the same in draft-07.
    const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile({ ...schema, $id: String(id) });
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});

it('refuses an unknown format by name', () => {
  expect(() => getFormatter('xml')).toThrow(UsageError);
  expect(getFormatter('github')).toBe(formatGithub);
});
