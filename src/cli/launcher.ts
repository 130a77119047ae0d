#!/usr/bin/env node
// The shipped `noticelint` (package.json "bin"): starts the bundled command line
// (dist/bundle/noticelint.cjs, built by scripts/bundle.mjs) from V8's compile cache.
//
// A one-file lint spends about a third of its time compiling the bundle's functions as it
// first calls them. V8 can save that work (Script#createCachedData) after a run and take it
// back on the next, which is what Node 22's module.enableCompileCache does; Node 20 has
// only the vm API, which needs a script, so the bundle is CommonJS. The cache sits beside
// the bundle, one file per command and bundle build, so it is as trusted as the bundle and
// goes when the package is reinstalled. V8 checks that a cache fits this Node and its flags,
// and otherwise ignores it; then a fresh one is saved. Every failure to read or write it
// (a read-only install, say) only means compiling as before.
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { commandsFor } from './commands.js';

/** Set by scripts/bundle.mjs: a hash of the bundle, so a cache never outlives its build. */
declare const NOTICELINT_BUNDLE_HASH: string;

const bundle = fileURLToPath(new URL('./noticelint.cjs', import.meta.url));
const args = process.argv.slice(2);
const command = args.includes('--help') || args.includes('-h') || args[0] === 'help' ? 'help' : (commandsFor(args)[0] ?? 'version');
const cacheFile = join(dirname(bundle), 'compile-cache', `${command}-${NOTICELINT_BUNDLE_HASH}-${process.version}-${process.arch}.bin`);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/**
 * Written to a temporary name and renamed, so a run started meanwhile never reads half a
 * cache. The file is opened first: where the install is read-only, no cache is serialised.
 */
function saveCache(script: Script): void {
  const partial = `${cacheFile}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true });
    const fd = openSync(partial, 'w');
    try {
      writeSync(fd, script.createCachedData());
    } finally {
      closeSync(fd);
    }
    renameSync(partial, cacheFile);
  } catch {
    // No cache this time, and no partial file left behind.
    try {
      rmSync(partial, { force: true });
    } catch {
      // Nothing more to do.
    }
  }
}

const cachedData = readCache();
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
    if (code === 0 || code === 1) saveCache(script);
  });
}
const bundleModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dirname(bundle));
