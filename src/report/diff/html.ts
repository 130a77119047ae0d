// A self-contained side-by-side page: no scripts, no network (a CSP forbids both), and every
// piece of notice text escaped. Model mode: model section | status | notice section. File
// mode: the --against section | status | the notice section, with changes marked.
import type { DiffReport, Mark, SectionDiff } from '../../diff/types.js';
import type { SectionedNotice } from '../../types.js';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

const TAG: Record<Mark['kind'], string> = { added: 'ins', removed: 'del', moved: 'mark' };

/** notice.text[start, end) escaped, with the marked ranges wrapped in ins/del/mark. */
function markedText(text: string, start: number, end: number, marks: readonly Mark[]): string {
  let out = '';
  let at = start;
  for (const mark of marks) {
    const from = Math.max(mark.start, at);
    const to = Math.min(mark.end, end);
    if (to <= from) continue;
    out += escapeHtml(text.slice(at, from));
    out += `<${TAG[mark.kind]} class="${mark.kind}">${escapeHtml(text.slice(from, to))}</${TAG[mark.kind]}>`;
    at = to;
  }
  return out + escapeHtml(text.slice(at, end));
}

function sectionText(notice: SectionedNotice, index: number | undefined, marks: readonly Mark[] = []): string {
  if (index === undefined) return '';
  const section = notice.sections[index];
  return `<div class="text">${markedText(notice.text, section.start, section.end, marks)}</div>`;
}

const badge = (s: SectionDiff): string =>
  `<span class="badge ${s.status}">${s.status}</span>${s.similarity !== undefined ? `<span class="sim">${Math.round(s.similarity * 100)}%</span>` : ''}`;

function modelRows(report: DiffReport): string {
  const { notice, model, result } = report;
  const byLine = new Map(notice.sections.map((s, i) => [s.line, i]));
  return result.sections.map((s) => {
    const modelSection = model?.sections.find((m) => m.key === s.model);
    const elements = (s.elements ?? []).map((e) =>
      `<li class="${e.present ? 'has' : 'lacks'}">${e.present ? '✓' : '✗'} ${escapeHtml(e.description)}</li>`).join('');
    const left = modelSection
      ? `<h3>${escapeHtml(s.modelHeading ?? '')}</h3><p class="key">${escapeHtml(modelSection.key)}${s.recalled ? ' · recalled section' : ''}</p>${elements ? `<ul>${elements}</ul>` : ''}`
      : '';
    const index = s.line !== undefined ? byLine.get(s.line) : undefined;
    const extra = s.status === 'split' && s.noticeSections
      ? `<p class="key">split over: ${s.noticeSections.map((n) => `${escapeHtml(n.heading ?? '')} (line ${n.line})`).join('; ')}</p>` : '';
    return `<tr><td>${left}</td><td class="status">${badge(s)}</td><td>${extra}${sectionText(notice, index)}</td></tr>`;
  }).join('\n');
}

function fileRows(report: DiffReport): string {
  const { notice, base, marks, pairs } = report;
  if (!base || !marks || !pairs) return '';
  return pairs.map((pair, k) => {
    const s = report.result.sections[k];
    return `<tr><td>${sectionText(base, pair.base ?? undefined, marks.base)}</td><td class="status">${badge(s)}</td>`
      + `<td>${sectionText(notice, pair.notice ?? undefined, marks.notice)}</td></tr>`;
  }).join('\n');
}

const STYLE = `
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem;color:#1b1b1b;background:#fff}
h1{font-size:1.3rem}h3{font-size:1rem;margin:.2rem 0}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td,th{border-top:1px solid #ccc;vertical-align:top;padding:.5rem}
th{text-align:left;background:#f3f3f3}
td.status,th.status{width:8rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.key{color:#555;font-size:.85rem;margin:.2rem 0}
ul{margin:.3rem 0;padding-left:1.1rem}li.lacks{color:#a4000f}li.has{color:#1d6b2f}
.badge{display:inline-block;padding:.1rem .45rem;border-radius:.6rem;font-size:.8rem;background:#ddd}
.badge.present{background:#cfe9d5}.badge.missing{background:#f6cdd1}.badge.extra{background:#cfe3f6}
.badge.renamed,.badge.moved,.badge.merged,.badge.split{background:#fbe6b8}
.sim{margin-left:.4rem;color:#555;font-size:.8rem}
ins.added{background:#cfe9d5;text-decoration:none}del.removed{background:#f6cdd1}mark.moved{background:#d9d2f3}
.evidence{color:#444;font-size:.9rem}`;

export function formatHtml(report: DiffReport): string {
  const { result, model } = report;
  const lineage = result.lineage;
  const heads = model ? ['DfE model section', 'Notice section'] : [`--against ${result.against}`, result.filePath];
  const evidence = lineage.evidence.map((e) => `<li>${escapeHtml(e)}</li>`).join('');
  const since = lineage.changedSince.map((e) => `<li>${escapeHtml(e)}</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>noticelint diff: ${escapeHtml(result.filePath)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(result.filePath)} compared with ${escapeHtml(model ? `${model.id} (${model.title})` : result.against)}</h1>
<p>Built on: <strong>${escapeHtml(lineage.model)}</strong> (confidence ${Math.round(lineage.confidence * 100)}%) · similarity <strong>${Math.round(result.similarity * 100)}%</strong></p>
<ul class="evidence">${evidence}</ul>
${since ? `<details><summary>Changed in the DfE model since</summary><ul class="evidence">${since}</ul></details>` : ''}
<table>
<thead><tr><th>${escapeHtml(heads[0])}</th><th class="status">status</th><th>${escapeHtml(heads[1])}</th></tr></thead>
<tbody>
${model ? modelRows(report) : fileRows(report)}
</tbody>
</table>
</body>
</html>
`;
}
