#!/usr/bin/env node
// Language-server latency: time from a didChange on a ~20 KB notice to the publishDiagnostics
// for that version, median over 20 edits (target < 100 ms). Runs on the built dist/.
// `npm run bench` picks it up (benchSections); `node scripts/bench-lsp.mjs` runs it alone.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.noticelint);
const SOURCES = ['fixtures/complete/child-qa.md', 'fixtures/complete/trust-numbered.md', 'fixtures/complete/plain-website.txt', 'fixtures/examples/oakfield-primary.md'];
const TARGET_BYTES = 20 * 1024;
const EDITS = 20;
const TARGET_MS = 100;

/** Our own complete notices, joined until the document is about 20 KB. */
function twentyKilobyteNotice() {
  const parts = [];
  let size = 0;
  for (let i = 0; size < TARGET_BYTES; i++) {
    const part = readFileSync(join(ROOT, SOURCES[i % SOURCES.length]), 'utf8');
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  return parts.join('\n\n');
}

/** CPU time (user + system) the server process has used, in ms; null where /proc is missing. */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in USER_HZ (100 on Linux)
  } catch {
    return null;
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * p) - 1)];

/** Starts the server, opens the notice, times EDITS incremental edits; returns the latencies in ms. */
export async function measureLspLatency() {
  const folder = mkdtempSync(join(tmpdir(), 'noticelint-bench-lsp-'));
  const server = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const rpc = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
  const waiting = new Map();
  rpc.onNotification('textDocument/publishDiagnostics', (params) => waiting.get(params.version)?.(params));
  rpc.listen();
  const published = (version) => new Promise((resolvePublished) => waiting.set(version, resolvePublished));
  try {
    await rpc.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, initializationOptions: { date: '2026-11-24' } });
    await rpc.sendNotification('initialized', {});
    const uri = pathToFileURL(join(folder, 'notice.md')).href;
    const text = twentyKilobyteNotice();
    const opened = published(1);
    await rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await opened; // the first lint also loads the rules: not counted
    const lines = text.split('\n');
    const latencies = [];
    const cpuBefore = cpuMsOf(server.pid);
    for (let version = 2; version < 2 + EDITS; version++) {
      // Type a word at the end of a different line each time, as someone editing would.
      const line = (version * 37) % lines.length;
      const change = { range: { start: { line, character: lines[line].length }, end: { line, character: lines[line].length } }, text: ' x' };
      lines[line] += ' x';
      const done = published(version);
      const start = performance.now();
      await rpc.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await done;
      latencies.push(performance.now() - start);
    }
    const cpuAfter = cpuMsOf(server.pid);
    // On a busy machine wall time includes waiting for the CPU; the server's own CPU time per edit does not.
    const cpuPerEditMs = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / EDITS;
    await rpc.sendRequest('shutdown');
    await rpc.sendNotification('exit');
    return { latencies, cpuPerEditMs, bytes: Buffer.byteLength(text) };
  } finally {
    rpc.dispose();
    server.kill();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** For scripts/bench.mjs: one row, wall time = the median latency. */
export const benchSections = [
  {
    name: 'lsp-update',
    run: async () => {
      const { latencies, cpuPerEditMs, bytes } = await measureLspLatency();
      const wallMs = median(latencies);
      return { label: `lsp didChange → diagnostics (${(bytes / 1024).toFixed(0)} KB)`, wallMs, cpuMs: cpuPerEditMs, peakRssMb: null, note: `median of ${latencies.length}, p90 ${percentile(latencies, 0.9).toFixed(0)} ms, target < ${TARGET_MS} ms: ${wallMs < TARGET_MS ? 'met' : 'MISSED'}` };
    },
  },
];

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(CLI)) {
    process.stderr.write('bench-lsp: dist/ is missing: run `npm run build` first\n');
    process.exit(2);
  }
  const { latencies, cpuPerEditMs, bytes } = await measureLspLatency();
  const wallMs = median(latencies);
  console.log(`lsp: didChange → publishDiagnostics on a ${(bytes / 1024).toFixed(1)} KB notice, ${latencies.length} edits`);
  console.log(`  node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} (above the core count, times include waiting for other processes)`);
  console.log(`  median ${wallMs.toFixed(1)} ms, p90 ${percentile(latencies, 0.9).toFixed(1)} ms, min ${Math.min(...latencies).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms  (target < ${TARGET_MS} ms: ${wallMs < TARGET_MS ? 'met' : 'MISSED'})`);
  if (cpuPerEditMs !== null) console.log(`  server CPU time per edit (mean): ${cpuPerEditMs.toFixed(1)} ms`);
}
