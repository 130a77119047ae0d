#!/usr/bin/env node
// The command line as shipped: src/cli and everything it reaches, bundled by esbuild into
// dist/bundle/, so a one-file lint starts by reading a few files instead of resolving and
// compiling some three hundred modules. package.json "bin" is a small launcher (cli.cjs) that
// runs a short run's bundle (noticelint.cjs) from V8's compile cache and a batch's
// code-split build (main.js and its chunks). The pool and converter workers are entry points
// of their own in the same folder, where the code that starts them looks
// (`new URL('./worker.js', import.meta.url)`). Packages that find their own files at run
// time (pdf.js, mammoth, piscina, the language server, iconv-lite's tables) stay in
// node_modules.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

/**
 * The required literals (src/checks/literals.ts) of every pattern the rules use, keyed
 * "flags/source", so the shipped command line need not parse them on each start: those of
 * the patterns the compiled rules, rule data and checks export, and of every pattern a lint
 * of the fixture notices reaches (module-private ones, and those built at load time). A
 * pattern missing here is worked out at run time, with the same result, but loading the
 * pattern parser for it costs a one-file lint some 15 ms.
 */
async function literalTable() {
  const load = (path) => import(pathToFileURL(join(root, path)).href);
  const { patternFacts, computedFacts } = await load('dist/src/checks/literals.js');
  const table = {};
  const collect = (value, depth) => {
    if (value instanceof RegExp) table[`${value.flags}/${value.source}`] = patternFacts(value);
    else if (value && typeof value === 'object' && depth < 6) for (const inner of Object.values(value)) collect(inner, depth + 1);
  };
  for (const dir of ['dist/rules', 'dist/rules/data', 'dist/src/checks', 'dist/src/sections']) {
    for (const name of readdirSync(join(root, dir)).filter((file) => file.endsWith('.js'))) collect(await load(join(dir, name)), 0);
  }
  const { lintText, rules } = await load('dist/src/index.js');
  // Every rule on, including those off by default, in every setting's notices.
  const ruleOverrides = Object.fromEntries(rules.map((rule) => [rule.meta.id, 'warning']));
  const fixtures = readdirSync(join(root, 'fixtures'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(md|txt)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
  for (const file of fixtures) lintText(readFileSync(file, 'utf8'), file, { date: '2026-01-01', cwd: root, noConfig: true, ruleOverrides });
  for (const [key, facts] of computedFacts()) table[key] = facts;
  return table;
}

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', 'mammoth', 'piscina', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'iconv-lite'],
  // No keepNames: its __name() wrapper around every closure costs ~2% of a lint. chrono's
  // parsers, chosen by class name (src/checks/dates.ts), keep theirs unless two bundled
  // classes collide, and that check fails loudly (the bundled-CLI tests would show it).
  logLevel: 'warning',
};
const literals = JSON.stringify(JSON.stringify(await literalTable()));
/** A CommonJS file in dist/bundle/, where import.meta.url (which finds the workers and
 * package.json) is that file's URL. */
const commonJs = {
  ...shared,
  outdir,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  banner: { js: "'use strict';\nconst __noticelintUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__noticelintUrl' },
};

// The command line for short runs, one CommonJS file that the launcher compiles with V8's
// code cache (src/cli/launcher.ts). Commands are still evaluated only when run: esbuild
// turns each dynamic import of one into a lazily run module initialiser.
await build({
  ...commonJs,
  entryPoints: { noticelint: 'src/cli/index.ts' },
  define: { ...commonJs.define, NOTICELINT_BUNDLE: 'true', NOTICELINT_LITERALS: literals },
});

// The same command line as ES modules split into chunks, which the launcher starts for a
// batch, and the pool and converter workers, started by path beside it.
await build({
  ...shared,
  entryPoints: { main: 'src/cli/index.ts', worker: 'src/pool/worker.ts', 'convert-worker': 'src/load/convert-worker.ts' },
  outdir,
  splitting: true,
  format: 'esm',
  // Bundled CommonJS packages (commander, chrono-node) call require() for Node's own modules.
  banner: { js: "import { createRequire as __noticelintRequire } from 'node:module';\nconst require = __noticelintRequire(import.meta.url);" },
  define: { NOTICELINT_BUNDLE: 'true', NOTICELINT_LITERALS: literals },
});

// The launcher ("bin"), which names the cache after the bundle it was built with. CommonJS
// too: Node starts a CommonJS script some 10 ms sooner than an ES module.
const bundleHash = createHash('sha256').update(readFileSync(join(outdir, 'noticelint.cjs'))).digest('hex').slice(0, 16);
await build({
  ...commonJs,
  entryPoints: { cli: 'src/cli/launcher.ts' },
  define: { ...commonJs.define, NOTICELINT_BUNDLE_HASH: JSON.stringify(bundleHash) },
});
chmodSync(join(outdir, 'cli.cjs'), 0o755);

// The `lint` compile cache, made now from a lint of the bundled example, so that it holds
// all a one-file lint compiles. (Under another Node the cache does not fit; the first
// short run replaces it.)
const warmUp = spawnSync(process.execPath, [join(outdir, 'cli.cjs'), 'lint', 'fixtures/examples/oakfield-primary.md', '--no-color'], { cwd: root, encoding: 'utf8' });
if (warmUp.status !== 0 && warmUp.status !== 1) throw new Error(`the bundled command line failed on the example notice: ${warmUp.stderr}`);
