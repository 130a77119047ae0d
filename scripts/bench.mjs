#!/usr/bin/env node
// `npm run bench`: how fast noticelint lints, against a floor (a bare unified + remark-parse
// parse of the same files) and a peer (markdownlint-cli2 with its default rules). Runs on the
// built dist/. A script, not a test: it reports the targets, it does not assert them.
//
//   node scripts/bench.mjs [--n 5000] [--seed 1] [--keep] [--only name,name]
//
// Each measurement is a named section (see SECTIONS). Other benchmarks plug in as
// scripts/bench-<name>.mjs modules exporting `benchSections`: an array of
// { name, run(context) → { label, files?, bytes?, wallMs, peakRssMb, note? } }.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin.noticelint);
const MARKDOWNLINT = join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs');
const SOURCE_DIRS = ['fixtures/examples', 'fixtures/complete', 'fixtures/rules', 'fixtures/audit'];
const NOTICE_EXTENSIONS = new Set(['.md', '.txt']);

// ---- arguments ------------------------------------------------------------------------

function parseArgs(argv) {
  const args = { n: 5000, seed: 1, keep: false, only: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--keep') args.keep = true;
    else if (flag === '--only') args.only = new Set((argv[++i] ?? '').split(',').filter(Boolean));
    else if (flag === '--n' || flag === '--seed') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) fail(`${flag} needs a whole number above 0`);
      args[flag.slice(2)] = value;
    } else fail(`unknown option ${flag} (use --n N, --seed N, --keep, --only name,…)`);
  }
  return args;
}

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(2);
}

// ---- corpus generation ----------------------------------------------------------------

/** Small seeded PRNG (mulberry32): the same --seed gives the same notices. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listNotices(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && NOTICE_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

/** A notice cut into blocks at headings (Markdown) or at blank-line paragraphs (text). */
function blocksOf(text, markdown) {
  const parts = markdown ? text.split(/\n(?=#{1,6} )/) : text.split(/\n{2,}/);
  return parts.map((part) => part.trim()).filter(Boolean);
}

const SCHOOL_NAMES = ['Oakfield', 'Riverside', 'Hilltop', 'Meadow Lane', 'Brookside', 'Ashgrove', 'Kingfisher', 'Willow Bank', 'Stonebridge', 'Larkrise'];
const SCHOOL_KINDS = ['Primary School', 'Academy', 'Infant School', 'Junior School', 'CofE Primary School', 'Academy Trust', 'Nursery School'];
const KNOWN_SCHOOLS = /\b(Oakfield|Riverside|Hilltop|Meadow Lane|Brookside)( Primary School| Academy Trust| Academy| School)\b/g;

function loadSources() {
  const sources = SOURCE_DIRS.flatMap((dir) => listNotices(join(ROOT, dir)))
    .map((file) => ({ file, markdown: extname(file) === '.md', text: readFileSync(file, 'utf8') }))
    .filter((source) => source.text.length > 40);
  if (sources.length === 0) fail('no .md/.txt notices found under fixtures/ to build the benchmark from');
  // Whole notices give realistic structure; every block is also a spare part for recombining.
  const wholes = sources.filter((s) => s.text.length > 1500);
  return { sources, wholes: wholes.length ? wholes : sources, blocks: sources.flatMap((s) => blocksOf(s.text, s.markdown).map((block) => ({ block, markdown: s.markdown }))) };
}

/** One varied notice: a whole notice with some blocks shuffled, swapped for others, and renamed. */
function makeNotice(material, next) {
  const pick = (list) => list[Math.floor(next() * list.length)];
  const base = pick(material.wholes);
  const blocks = blocksOf(base.text, base.markdown);
  const sameKind = material.blocks.filter((b) => b.markdown === base.markdown);
  for (let i = 1; i < blocks.length; i++) {
    const roll = next();
    if (roll < 0.15 && sameKind.length) blocks[i] = pick(sameKind).block;
    else if (roll < 0.3) {
      const j = 1 + Math.floor(next() * (blocks.length - 1));
      [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
    }
  }
  const school = `${pick(SCHOOL_NAMES)} ${pick(SCHOOL_KINDS)}`;
  return { text: `${blocks.join('\n\n').replace(KNOWN_SCHOOLS, school)}\n`, markdown: base.markdown };
}

function generateCorpus(n, seed) {
  const material = loadSources();
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-bench-'));
  const notices = join(dir, 'notices');
  const mdCopies = join(dir, 'md-copies');
  let bytes = 0;
  const files = [];
  const next = random(seed);
  for (let i = 0; i < n; i++) {
    const { text, markdown } = makeNotice(material, next);
    // 100 files per folder, as a school group's site export would be.
    const folder = `group-${String(Math.floor(i / 100)).padStart(3, '0')}`;
    const name = `notice-${String(i).padStart(5, '0')}`;
    mkdirSync(join(notices, folder), { recursive: true });
    mkdirSync(join(mdCopies, folder), { recursive: true });
    const file = join(notices, folder, `${name}.${markdown ? 'md' : 'txt'}`);
    writeFileSync(file, text);
    writeFileSync(join(mdCopies, folder, `${name}.md`), text); // markdownlint reads only .md
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir, notices, mdCopies, files, bytes, sourceCount: material.sources.length };
}

// ---- measuring ------------------------------------------------------------------------

const GNU_TIME = '/usr/bin/time';

/** Peak resident memory of a running child, from the kernel's high-water mark. */
function peakRssMb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Runs a command; returns wall time, CPU time (user + system, all threads) and peak RSS.
 * GNU time gives exact figures; without it, RSS is sampled from /proc and CPU is unknown.
 * CPU time matters on a busy machine, where wall time mostly measures the other processes.
 */
function measure(command, args, options = {}) {
  const timeFile = join(tmpdir(), `noticelint-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const timed = existsSync(GNU_TIME);
  const [program, programArgs] = timed ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(program, programArgs, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
    let stderr = '';
    let peak = 0;
    child.stderr.on('data', (chunk) => { stderr = (stderr + chunk).slice(-2000); });
    const sampler = timed ? null : setInterval(() => { peak = Math.max(peak, peakRssMb(child.pid) ?? 0); }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (sampler) clearInterval(sampler);
      let cpuMs = null;
      if (timed) {
        // GNU time writes "Command exited with non-zero status N" before the figures.
        const figures = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        rmSync(timeFile, { force: true });
        cpuMs = (figures[0] + figures[1]) * 1000;
        peak = figures[2] / 1024;
      }
      resolvePromise({ wallMs, cpuMs, peakRssMb: peak || null, code, stderr });
    });
  });
}

/** Runs a command to completion and returns what it printed. */
function runCapture(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolvePromise({ stdout }) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// ---- sections -------------------------------------------------------------------------

/** The floor: read + decode + bare unified().use(remarkParse).parse() of every file. */
const BARE_PARSE_SCRIPT = `
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
const files = JSON.parse(readFileSync(process.argv[1], 'utf8'));
const processor = unified().use(remarkParse);
let nodes = 0;
for (const file of files) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
if (nodes === 0) process.exit(3);
`;

const lintArgs = (context, jobs) => [CLI, 'lint', context.corpus.notices, '--jobs', String(jobs), '--format', 'json', '--date', '2026-11-24'];

/** A lint run that gave no results (bad flag, crash) must not be reported as fast. */
function checkLint(result) {
  if (result.code !== 0 && result.code !== 1) fail(`noticelint lint failed (exit ${result.code}): ${result.stderr.trim().split('\n').pop()}`);
  return result;
}

const SECTIONS = [
  {
    name: 'bare-parse',
    run: async (context) => {
      const listFile = join(context.corpus.dir, 'files.json');
      writeFileSync(listFile, JSON.stringify(context.corpus.files));
      const result = await measure(process.execPath, ['--input-type=module', '-e', BARE_PARSE_SCRIPT, listFile], { cwd: ROOT });
      if (result.code !== 0) fail(`bare parse failed: ${result.stderr}`);
      return { label: 'unified + remark-parse (floor)', files: context.corpus.files.length, bytes: context.corpus.bytes, ...result };
    },
  },
  {
    name: 'lint-1-job',
    run: async (context) => ({ label: 'noticelint lint --jobs 1', files: context.corpus.files.length, bytes: context.corpus.bytes, ...checkLint(await measure(process.execPath, lintArgs(context, 1), { cwd: context.corpus.dir })) }),
  },
  {
    // The engine's own cost (load, sections, notice facts, JSON report) with every rule off:
    // what lint 1 job would cost if the rules were free.
    name: 'lint-no-rules',
    run: async (context) => {
      const { stdout } = await runCapture(process.execPath, [CLI, 'rules', '--format', 'json']);
      const config = join(context.corpus.dir, 'all-rules-off.json');
      writeFileSync(config, JSON.stringify({ rules: Object.fromEntries(JSON.parse(stdout).map((rule) => [rule.id, 'off'])) }));
      return { label: 'noticelint lint --jobs 1, every rule off', files: context.corpus.files.length, bytes: context.corpus.bytes, ...checkLint(await measure(process.execPath, [...lintArgs(context, 1), '--config', config], { cwd: context.corpus.dir })) };
    },
  },
  {
    name: 'lint-all-jobs',
    run: async (context) => ({ label: `noticelint lint --jobs ${context.cores}`, files: context.corpus.files.length, bytes: context.corpus.bytes, ...checkLint(await measure(process.execPath, lintArgs(context, context.cores), { cwd: context.corpus.dir })) }),
  },
  {
    name: 'markdownlint-cli2',
    run: async (context) => {
      const result = await measure(process.execPath, [MARKDOWNLINT, '**/*.md'], { cwd: context.corpus.mdCopies });
      if (result.code !== 0 && result.code !== 1) fail(`markdownlint-cli2 failed (exit ${result.code}): ${result.stderr.slice(-300)}`);
      return { label: 'markdownlint-cli2 defaults (peer)', files: context.corpus.files.length, bytes: context.corpus.bytes, ...result };
    },
  },
  {
    name: 'single-file',
    run: async (context) => {
      const file = context.corpus.files[0];
      const runs = [];
      for (let i = 0; i < 5; i++) runs.push(checkLint(await measure(process.execPath, [CLI, 'lint', file, '--format', 'json', '--date', '2026-11-24'], { cwd: context.corpus.dir })));
      const wallMs = median(runs.map((r) => r.wallMs));
      const cpuMs = runs[0].cpuMs === null ? null : median(runs.map((r) => r.cpuMs));
      return { label: 'noticelint lint <one file> (median of 5)', wallMs, cpuMs, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb ?? 0)) || null, note: `${(statSync(file).size / 1024).toFixed(1)} KB notice` };
    },
  },
];

/** scripts/bench-<name>.mjs modules add sections (e.g. language-server timing). */
async function pluginSections() {
  const here = dirname(fileURLToPath(import.meta.url));
  const modules = readdirSync(here).filter((name) => /^bench-.+\.mjs$/.test(name)).sort();
  const sections = [];
  for (const name of modules) {
    const module = await import(pathToFileURL(join(here, name)).href);
    if (Array.isArray(module.benchSections)) sections.push(...module.benchSections);
  }
  return sections;
}

// ---- report ---------------------------------------------------------------------------

const fixed = (value, digits = 1) => (value === null || value === undefined ? '–' : value.toFixed(digits));

function printMeasurements(results) {
  const rows = results.map(({ label, files, bytes, wallMs, cpuMs, peakRssMb: rss, note }) => [
    label, `${fixed(wallMs / 1000, 2)} s wall`, `${fixed(cpuMs === null || cpuMs === undefined ? null : cpuMs / 1000, 2)} s cpu`,
    files ? `${fixed(files / (wallMs / 1000), 0)} files/s` : '',
    bytes ? `${fixed(bytes / 1048576 / (wallMs / 1000), 2)} MB/s` : '',
    `${fixed(rss, 0)} MB peak`, note ?? '',
  ]);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) console.log(`  ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')}`);
}

function printTargets(byName) {
  const ratio = (a, b, key = 'wallMs') => (byName[a]?.[key] && byName[b]?.[key] ? byName[a][key] / byName[b][key] : null);
  const peak = Math.max(...['lint-1-job', 'lint-all-jobs'].map((name) => byName[name]?.peakRssMb ?? 0));
  const targets = [
    ['lint 1 job ÷ bare parse', ratio('lint-1-job', 'bare-parse'), 1.5, '×'],
    ['lint all cores ÷ markdownlint-cli2', ratio('lint-all-jobs', 'markdownlint-cli2'), 0.5, '×'],
    ['lint peak memory', peak || null, 300, ' MB'],
    ['single-file lint', byName['single-file'] ? byName['single-file'].wallMs / 1000 : null, 0.3, ' s'],
    // Both runs are single-threaded, so on a busy machine CPU time is the fairer comparison.
    ['lint 1 job ÷ bare parse, CPU time', ratio('lint-1-job', 'bare-parse', 'cpuMs'), 1.5, '×'],
    ['single-file lint, CPU time', byName['single-file']?.cpuMs ? byName['single-file'].cpuMs / 1000 : null, 0.3, ' s'],
  ];
  console.log('\nTargets (reported, not asserted):');
  for (const [label, value, limit, unit] of targets) {
    const verdict = value === null ? 'not measured' : value <= limit ? 'met' : 'MISSED';
    console.log(`  ${label.padEnd(36)} ${fixed(value, 2).padStart(8)}${unit}  (target ≤ ${limit}${unit})  ${verdict}`);
  }
  // Not a target: how much of the 1.5× budget the engine spends before any rule runs.
  const engineOnly = ratio('lint-no-rules', 'bare-parse');
  if (engineOnly) console.log(`  ${'every rule off ÷ bare parse'.padEnd(36)} ${fixed(engineOnly, 2).padStart(8)}×  (the engine alone, rules free)`);
  const speedup = ratio('lint-1-job', 'lint-all-jobs');
  if (speedup) console.log(`  ${'speed-up, all cores vs 1 job'.padEnd(36)} ${fixed(speedup, 2).padStart(8)}×`);
}

// ---- main -----------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CLI)) fail('dist/ is missing: run `npm run build` first');
  const cores = availableParallelism();
  console.log(`Generating ${args.n} notices (seed ${args.seed})…`);
  const corpus = generateCorpus(args.n, args.seed);
  console.log(`  ${corpus.files.length} files, ${(corpus.bytes / 1048576).toFixed(1)} MB, from ${corpus.sourceCount} fixture notices, in ${corpus.dir}`);
  console.log(`  node ${process.version}, ${cores} cores, load average ${loadavg()[0].toFixed(1)}\n`);
  const context = { corpus, cores, root: ROOT, cli: CLI };
  const byName = {};
  try {
    const sections = [...SECTIONS, ...(await pluginSections())];
    const unknown = [...(args.only ?? [])].filter((name) => !sections.some((section) => section.name === name));
    if (unknown.length) fail(`unknown section ${unknown.join(', ')} (sections: ${sections.map((section) => section.name).join(', ')})`);
    for (const section of sections.filter((section) => !args.only || args.only.has(section.name))) {
      process.stderr.write(`running ${section.name}…\n`);
      byName[section.name] = await section.run(context);
    }
  } finally {
    if (!args.keep) rmSync(corpus.dir, { recursive: true, force: true });
  }
  console.log(`Measurements (load average now ${loadavg()[0].toFixed(1)}; above ${cores} the wall times include waiting for other processes):`);
  printMeasurements(Object.values(byName));
  printTargets(byName);
}

await main();
