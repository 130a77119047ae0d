// --format sarif: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers. Rules carry a
// helpUri to their doc page; columns are UTF-16 code units, as in every other output.
import { rules } from '../../rules/index.js';
import { UNUSED_DIRECTIVE } from '../lint/directives.js';
import type { FileResult, LintMessage, Severity } from '../types.js';
import { displayPath, type FormatContext } from './context.js';
import { packageVersion } from './version.js';

export const DOCS_BASE = 'https://github.com/noticelint/noticelint/blob/main/docs/rules/';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  helpUri: string;
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
}

const driverRules: SarifRule[] = [
  ...rules.map((r) => ({ id: r.meta.id, shortDescription: { text: r.meta.description }, helpUri: `${DOCS_BASE}${r.meta.id}.md`, defaultConfiguration: { level: LEVEL[r.meta.severity] } })),
  { id: UNUSED_DIRECTIVE, shortDescription: { text: 'A noticelint-disable comment that silences nothing.' }, helpUri: 'https://github.com/noticelint/noticelint#readme', defaultConfiguration: { level: 'warning' } },
];
const ruleIndex = new Map(driverRules.map((r, i) => [r.id, i]));

function location(uri: string, m: LintMessage) {
  const region: Record<string, number> = { startLine: m.line, startColumn: m.column };
  if (m.endLine !== undefined) region.endLine = m.endLine;
  if (m.endColumn !== undefined) region.endColumn = m.endColumn;
  return { physicalLocation: { artifactLocation: { uri, uriBaseId: '%SRCROOT%' }, region } };
}

/** The file path as a relative URI reference (percent-encoded, forward slashes). */
const toUri = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

export function formatSarif(results: readonly FileResult[], context: FormatContext): string {
  const findings: object[] = [];
  const notifications: object[] = [];
  for (const result of results) {
    const uri = toUri(displayPath(result.filePath, context.cwd));
    for (const m of result.messages) {
      if (m.fatal || m.ruleId === null) {
        notifications.push({ level: 'error', message: { text: m.message }, locations: [location(uri, m)] });
        continue;
      }
      const index = ruleIndex.get(m.ruleId);
      findings.push({
        ruleId: m.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [location(uri, m)],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'noticelint', version: packageVersion(), informationUri: 'https://github.com/noticelint/noticelint', rules: driverRules } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToDirUri(context.cwd) } },
        columnKind: 'utf16CodeUnits',
        results: findings,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** file:// URI of a folder, ending in a slash as SARIF requires for a base. */
function pathToDirUri(dir: string): string {
  const posix = dir.split('\\').join('/');
  const withSlash = posix.endsWith('/') ? posix : posix + '/';
  return 'file://' + (withSlash.startsWith('/') ? '' : '/') + withSlash.split('/').map(encodeURIComponent).join('/');
}
