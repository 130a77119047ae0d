// report.html: ONE self-contained page (inline CSS, SVG and vanilla JS; a CSP forbids any
// network). Every string that came from a notice or a file name goes through `escapeHtml`.
import type { FileResult, LintMessage } from '../types.js';
import type { AuditEntry } from './inspect.js';
import { ruleOutcomes, type AuditSummary } from './summary.js';

export interface ReportContext {
  /** The run's "today" (--date). */
  date: string;
  version: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const percent = (part: number, whole: number): string => (whole === 0 ? '0%' : `${Math.round((100 * part) / whole)}%`);

function card(label: string, value: string, note = ''): string {
  return `<div class="card"><div class="value">${escapeHtml(value)}</div><div class="label">${escapeHtml(label)}</div>${note ? `<div class="note">${escapeHtml(note)}</div>` : ''}</div>`;
}

function summaryCards(summary: AuditSummary): string {
  const cards = [
    card('Notices', String(summary.total)),
    card('Unreadable', String(summary.unreadable), percent(summary.unreadable, summary.total)),
    card('Median score', summary.medianScore === null ? '–' : String(summary.medianScore), 'out of 100'),
    ...summary.byCategory.map((c) => card(c.label, percent(c.notices, summary.scored), `${c.notices} of ${summary.scored} readable notices`)),
  ];
  return `<section class="cards" aria-label="Summary">${cards.join('')}</section>`;
}

/** How a notice is named where there is no separate file column: its school, else its file. */
const labelOf = (entry: AuditEntry): string => entry.result.schoolName ?? entry.result.filePath;

function noticeTable(entries: readonly AuditEntry[]): string {
  const columns: [string, 'text' | 'number'][] = [
    ['School', 'text'], ['File', 'text'], ['Score', 'number'], ['Errors', 'number'],
    ['Warnings', 'number'], ['DfE model', 'text'], ['Review date', 'text'],
  ];
  const head = columns.map(([label, type], i) => `<th scope="col" data-type="${type}" data-column="${i}"><button type="button">${label}</button></th>`).join('');
  const rows = entries.map((entry, index) => {
    const { result, lineage } = entry;
    const status = result.fatal ? 'unreadable' : result.errorCount > 0 ? 'errors' : result.warningCount > 0 ? 'warnings' : 'clean';
    const cells = [
      `<td data-sort="${escapeHtml(result.schoolName ?? '')}"><a href="#notice-${index}">${escapeHtml(result.schoolName ?? '(not named)')}</a></td>`,
      `<td data-sort="${escapeHtml(result.filePath)}">${escapeHtml(result.filePath)}</td>`,
      `<td data-sort="${result.score ?? ''}" class="num">${result.fatal ? 'unreadable' : escapeHtml(result.score ?? '–')}</td>`,
      `<td data-sort="${result.errorCount}" class="num">${result.errorCount}</td>`,
      `<td data-sort="${result.warningCount}" class="num">${result.warningCount}</td>`,
      `<td data-sort="${escapeHtml(lineage?.model ?? '')}">${escapeHtml(lineage?.model ?? '–')}</td>`,
      `<td data-sort="${escapeHtml(result.reviewDate ?? '')}">${escapeHtml(result.reviewDate ?? '–')}</td>`,
    ];
    return `<tr data-status="${status}">${cells.join('')}</tr>`;
  });
  return `<section><h2>Notices</h2>
<div class="filters"><label>Filter <input type="search" id="filter" placeholder="school or file name"></label>
<label>Show <select id="status"><option value="">all notices</option><option value="errors">with errors</option><option value="warnings">with warnings only</option><option value="clean">without errors or warnings</option><option value="unreadable">unreadable</option></select></label>
<span id="shown" aria-live="polite"></span></div>
<table id="notices" class="sortable"><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></section>`;
}

function failureChart(summary: AuditSummary): string {
  const rowHeight = 22;
  const labelWidth = 230;
  const barWidth = 420;
  const bars = summary.rules.map((rule, i) => {
    const failing = summary.failing.get(rule.id) ?? 0;
    const width = summary.scored === 0 ? 0 : Math.round((barWidth * failing) / summary.scored);
    const y = i * rowHeight;
    return `<g><title>${escapeHtml(`${rule.id}: ${failing} of ${summary.scored} notices`)}</title>`
      + `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(rule.id)}</text>`
      + `<rect x="${labelWidth}" y="${y + 4}" width="${width}" height="${rowHeight - 8}" class="bar"></rect>`
      + `<text x="${labelWidth + width + 6}" y="${y + 15}">${failing} (${percent(failing, summary.scored)})</text></g>`;
  });
  const height = summary.rules.length * rowHeight;
  return `<section><h2>Notices failing each rule</h2><svg role="img" aria-label="Notices failing each rule" width="${labelWidth + barWidth + 90}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 90} ${height}">${bars.join('')}</svg></section>`;
}

function ruleMatrix(entries: readonly AuditEntry[], summary: AuditSummary): string {
  const head = summary.rules.map((r) => `<th scope="col" class="rule" title="${escapeHtml(r.description)}"><span>${escapeHtml(r.id)}</span></th>`).join('');
  const rows = entries.map((entry, index) => {
    const outcomes = ruleOutcomes(entry.result);
    const cells = summary.rules.map((rule) => {
      if (!outcomes) return '<td class="na" title="unreadable"></td>';
      return outcomes.get(rule.id) === 'fail' ? `<td class="fail" title="${escapeHtml(rule.id)}: fail">✗</td>` : '<td class="pass">·</td>';
    });
    return `<tr><th scope="row"><a href="#notice-${index}">${escapeHtml(labelOf(entry))}</a></th>${cells.join('')}</tr>`;
  });
  return `<section><h2>Notices × rules</h2><div class="scroll"><table id="matrix"><thead><tr><th></th>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div></section>`;
}

function finding(m: LintMessage): string {
  const rule = m.ruleId ? `<code>${escapeHtml(m.ruleId)}</code> ` : '';
  return `<li class="${m.severity}"><span class="severity">${m.severity}</span> ${rule}<span class="message">${escapeHtml(m.message)}</span></li>`;
}

/** Findings grouped by line (messages come sorted), so a line's text is shown once. */
function findingsByLine(result: FileResult, contexts: readonly string[]): string {
  const groups: string[] = [];
  let i = 0;
  while (i < result.messages.length) {
    const { line, fatal } = result.messages[i];
    let end = i + 1;
    while (end < result.messages.length && result.messages[end].line === line && !fatal) end++;
    const where = fatal ? '' : `<span class="where">line ${line}</span>`;
    const context = contexts[i] ? `<pre class="context">${escapeHtml(contexts[i])}</pre>` : '';
    groups.push(`<li>${where}${context}<ul>${result.messages.slice(i, end).map(finding).join('')}</ul></li>`);
    i = end;
  }
  return `<ol class="findings">${groups.join('')}</ol>`;
}

function noticeDetails(entry: AuditEntry, index: number): string {
  const { result, lineage, contexts } = entry;
  const title = `${labelOf(entry)} — ${result.fatal ? 'unreadable' : `score ${result.score ?? '–'}`}`;
  const lineageText = lineage
    ? `<p>DfE model: <strong>${escapeHtml(lineage.model)}</strong> (confidence ${Math.round(lineage.confidence * 100)}%)${lineage.evidence.length ? ` — ${escapeHtml(lineage.evidence.join('; '))}` : ''}</p>`
    : '';
  return `<details id="notice-${index}"><summary>${escapeHtml(title)}</summary><p class="file">${escapeHtml(result.filePath)}</p>${lineageText}`
    + (result.messages.length ? findingsByLine(result, contexts) : '<p>No findings.</p>') + '</details>';
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1b1b1b}
h1{margin-bottom:.2rem}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.cards{display:flex;flex-wrap:wrap;gap:.75rem}.card{border:1px solid #ccc;border-radius:6px;padding:.6rem .9rem;min-width:10rem;flex:1}
.card .value{font-size:1.6rem;font-weight:600}.card .note,.file,.meta{color:#555;font-size:.85rem}
table{border-collapse:collapse}td,th{padding:.25rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top}
.num{text-align:right}th button{font:inherit;font-weight:600;background:none;border:0;cursor:pointer;padding:0}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
tr[data-status=unreadable] td{color:#8a1c1c}.filters{display:flex;gap:1rem;margin:.5rem 0}
.bar{fill:#c0392b}svg text{font-size:12px;fill:#1b1b1b}
.scroll{overflow:auto;max-height:32rem}#matrix td{text-align:center;padding:0 .2rem}#matrix .fail{color:#c0392b}#matrix .pass{color:#999}
#matrix th[scope=row]{white-space:nowrap;font-weight:normal;text-align:left}#matrix th.rule{height:9rem;white-space:nowrap;vertical-align:bottom}#matrix th.rule span{writing-mode:vertical-rl;transform:rotate(180deg)}
details{border-bottom:1px solid #eee;padding:.3rem 0}summary{cursor:pointer;font-weight:600}
.findings>li{margin:.5rem 0}.findings ul{margin:.2rem 0;padding-left:1.2rem}.where{color:#555;font-size:.85rem}.severity{font-weight:600}.error .severity{color:#c0392b}.warning .severity{color:#a35d00}.info .severity{color:#2c5d8a}
pre.context{white-space:pre-wrap;background:#f5f5f5;padding:.3rem .5rem;margin:.2rem 0;font-size:.85rem}
`;

// Sorting keeps rows without a value (unreadable notices) at the bottom in both directions.
const SCRIPT = `
(function () {
  var table = document.getElementById('notices');
  var body = table.tBodies[0];
  var headers = table.querySelectorAll('th[data-column]');
  headers.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var column = Number(th.dataset.column);
      var numeric = th.dataset.type === 'number';
      var direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
      headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
      var keyed = Array.prototype.map.call(body.rows, function (row) { return { row: row, key: row.cells[column].dataset.sort }; });
      keyed.sort(function (a, b) {
        var x = a.key, y = b.key;
        if (x === '' || y === '') return (x === '') - (y === '');
        return direction * (numeric ? Number(x) - Number(y) : x.localeCompare(y));
      });
      var sorted = document.createDocumentFragment();
      keyed.forEach(function (item) { sorted.appendChild(item.row); });
      body.appendChild(sorted);
    });
  });
  var filter = document.getElementById('filter');
  var status = document.getElementById('status');
  var shown = document.getElementById('shown');
  function applyFilter() {
    var needle = filter.value.trim().toLowerCase();
    var visible = 0;
    Array.prototype.forEach.call(body.rows, function (row) {
      var text = (row.cells[0].textContent + ' ' + row.cells[1].textContent).toLowerCase();
      var match = (!needle || text.indexOf(needle) !== -1) && (!status.value || row.dataset.status === status.value);
      row.hidden = !match;
      if (match) visible++;
    });
    shown.textContent = visible + ' of ' + body.rows.length + ' shown';
  }
  filter.addEventListener('input', applyFilter);
  status.addEventListener('change', applyFilter);
  applyFilter();
})();
`;

/** The page, in chunks (one per notice's details), for writeReportFolder. */
export function* renderHtml(entries: readonly AuditEntry[], summary: AuditSummary, context: ReportContext): Generator<string> {
  yield `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>noticelint audit: ${summary.total} privacy notices</title><style>${STYLE}</style></head>
<body><h1>Privacy notice audit</h1>
<p class="meta">${summary.total} notices checked by noticelint ${escapeHtml(context.version)} as at ${escapeHtml(context.date)}. Scores run from 0 to 100: the share of applicable rules a notice passes, errors weighing three times warnings.</p>
`;
  yield summaryCards(summary);
  yield noticeTable(entries);
  yield failureChart(summary);
  yield ruleMatrix(entries, summary);
  yield '<section><h2>Findings by notice</h2>';
  for (const [index, entry] of entries.entries()) yield `${noticeDetails(entry, index)}\n`;
  yield `</section>\n<script>${SCRIPT}</script>\n</body></html>\n`;
}
