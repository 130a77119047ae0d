// --format junit: one <testsuite> per notice, one <testcase> per rule, a <failure> per rule
// that found something — for CI systems that chart JUnit results.
import { rules } from '../../rules/index.js';
import type { FileResult, LintMessage } from '../types.js';
import { displayPath, type FormatContext } from './context.js';

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c)
    // XML 1.0 cannot carry most control characters at all.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const describe = (m: LintMessage): string => `${m.line}:${m.column} ${m.severity} ${m.message}`;

function suite(result: FileResult, cwd: string): string {
  const name = escapeXml(displayPath(result.filePath, cwd));
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  if (result.fatal) {
    errors = 1;
    const m = result.messages[0];
    cases.push(`    <testcase classname="${name}" name="load"><error message="${escapeXml(m?.message ?? 'fatal')}"/></testcase>`);
  } else {
    const byRule = new Map<string, LintMessage[]>();
    for (const m of result.messages) if (m.ruleId) byRule.set(m.ruleId, [...(byRule.get(m.ruleId) ?? []), m]);
    const ids = [...new Set([...rules.map((r) => r.meta.id), ...byRule.keys()])].sort();
    for (const id of ids) {
      const found = byRule.get(id);
      if (!found) {
        cases.push(`    <testcase classname="${name}" name="${id}"/>`);
        continue;
      }
      failures++;
      cases.push(
        `    <testcase classname="${name}" name="${id}">`,
        `      <failure message="${escapeXml(found[0].message)}" type="${found[0].severity}">${escapeXml(found.map(describe).join('\n'))}</failure>`,
        '    </testcase>',
      );
    }
  }
  const tests = cases.filter((c) => c.trimStart().startsWith('<testcase')).length;
  return [`  <testsuite name="${name}" tests="${tests}" failures="${failures}" errors="${errors}">`, ...cases, '  </testsuite>'].join('\n');
}

export function formatJunit(results: readonly FileResult[], context: FormatContext): string {
  return ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites name="noticelint">', ...results.map((r) => suite(r, context.cwd)), '</testsuites>', ''].join('\n');
}
