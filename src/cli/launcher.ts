#!/usr/bin/env node
// The shipped `noticelint` (package.json "bin"). A short run (a few named notices, `rules`,
// `outline`, `diff`…) starts the bundled command line from V8's compile cache; a batch (a
// folder, a glob, many files, `--changed-since`, `audit`, `lsp`) starts the code-split ES
// module build instead. Both are built from src/cli by scripts/bundle.mjs.
//
// A one-file lint spends about a third of its time compiling the bundle's functions as it
// first calls them. V8 can save that work (Script#createCachedData) after a run and take it
// back on the next, which is what Node 22's module.enableCompileCache does; Node 20 has only
// the vm API, which needs a script, so that bundle is one CommonJS file
// (dist/bundle/noticelint.cjs). On a long batch, though, V8 gives that single script's
// isolate a heap some 20 MB bigger than the split build's, and a batch gains nothing from a
// faster start, so batches use the split build (dist/bundle/main.js).
//
// The cache sits beside the bundle, one file per command and bundle build, so it is as
// trusted as the bundle and goes when the package is reinstalled. V8 checks that a cache fits
// this Node and its flags, and otherwise ignores it; then a fresh one is saved. Every failure
// to read or write it (a read-only install, say) only means compiling as before.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { MIN_FILES_PER_THREAD } from '../pool/threads.js';
import { commandsFor } from './commands.js';

/** Set by scripts/bundle.mjs: a hash of the bundle, so a cache never outlives its build. */
declare const NOTICELINT_BUNDLE_HASH: string;

const BATCH_COMMANDS: ReadonlySet<string> = new Set(['audit', 'lsp']);
const GLOB = /[*?[\]{}]/;

/** A run that lints a folder, a glob, many files or a git range, or audits, or serves. */
function isBatch(command: string, args: readonly string[]): boolean {
  if (BATCH_COMMANDS.has(command)) return true;
  if (command !== 'lint') return false;
  let files = 0;
  for (const arg of args) {
    if (arg === '--changed-since' || arg.startsWith('--changed-since=')) return true;
    if (arg.startsWith('-')) continue;
    if (GLOB.test(arg)) return true;
    try {
      const stats = statSync(arg);
      if (stats.isDirectory()) return true;
      // Enough files for the pool to think of a second thread.
      if (stats.isFile() && ++files > MIN_FILES_PER_THREAD) return true;
    } catch {
      // An option's value, a command name, or a missing file (which lint reports).
    }
  }
  return false;
}

function cachePath(command: string): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'compile-cache', `${command}-${NOTICELINT_BUNDLE_HASH}-${process.version}-${process.arch}.bin`);
}

function readCache(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Written to a temporary name and renamed, so a run started meanwhile never reads half a
 * cache. The file is opened first: where the install is read-only, no cache is serialised.
 */
function saveCache(script: Script, file: string): void {
  const partial = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(partial, 'w');
    try {
      writeSync(fd, script.createCachedData());
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
  } catch {
    // No cache this time, and no partial file left behind.
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing more to do.
    }
  }
}

/** Runs dist/bundle/noticelint.cjs, compiled with the command's cache when there is one. */
function startFromCache(command: string): void {
  // V8 compiles each regular expression twice, to bytecode at its first run and to machine
  // code at its second, and a short run meets a few hundred of them once or twice each;
  // compiling straight to machine code takes about a tenth off a one-file lint (a batch gains
  // nothing). Set before the script is compiled: V8 keeps a cache only under the flags that
  // made it, so every short run sets the same one.
  setFlagsFromString('--no-regexp-tier-up');
  const bundle = fileURLToPath(new URL('./noticelint.cjs', import.meta.url));
  const file = cachePath(command);
  const cachedData = readCache(file);
  // Wrapped as Node wraps a CommonJS module, and given what such a module is given.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`, {
    filename: bundle,
    cachedData,
    // No importModuleDynamically: V8 loses that hook for functions taken from a cache, so the
    // bundle loads its packages with require(), and import() in it would fail loudly.
  });
  // Saved at exit, once the run has compiled the functions it needed; not after a usage error
  // (exit 2), which stops before most of them.
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', (code) => {
      if (code === 0 || code === 1) saveCache(script, file);
    });
  }
  const bundleModule = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));
}

const args = process.argv.slice(2);
const command = args.includes('--help') || args.includes('-h') || args[0] === 'help' ? 'help' : (commandsFor(args)[0] ?? 'version');
if (isBatch(command, args)) {
  // A batch runs the same few hundred functions thousands of times, and V8's optimising
  // compiler, inlining freely, spent as much CPU compiling them as the batch spent on a
  // third of its notices; with all cores busy that time is taken from linting. A tighter
  // inlining budget costs the compiled code little, and optimising a function only after
  // four times V8's usual count of runs spares compiling the lukewarm ones (measured on
  // 5000 notices: a tenth less time on 1 and 2 jobs, then 3% more on 2). Flags are per
  // process, so worker threads get them too; a batch does not use the compile cache, so its
  // flags need not match those a short run sets.
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
  setFlagsFromString('--interrupt-budget=270000');
  void import(new URL('./main.js', import.meta.url).href);
} else startFromCache(command);
