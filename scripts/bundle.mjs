#!/usr/bin/env node
// The command line as shipped (package.json "bin"): src/cli and everything it reaches, bundled
// by esbuild into dist/bundle/, so a one-file lint starts by reading a few files instead of
// resolving and compiling some three hundred modules. Commands stay lazily loaded (code
// splitting). The pool and converter workers are entry points of their own in the same
// folder, where the code that starts them looks (`new URL('./worker.js', import.meta.url)`).
// Packages that find their own files at run time (pdf.js, mammoth, piscina, the language
// server, iconv-lite's tables) stay in node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/index.ts', worker: 'src/pool/worker.ts', 'convert-worker': 'src/load/convert-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['pdfjs-dist', 'mammoth', 'piscina', 'vscode-languageserver', 'vscode-languageserver-textdocument', 'iconv-lite'],
  // Bundled CommonJS packages (commander, chrono-node) call require() for Node's own modules.
  banner: { js: "import { createRequire as __noticelintRequire } from 'node:module';\nconst require = __noticelintRequire(import.meta.url);" },
  define: { NOTICELINT_BUNDLE: 'true' },
  // chrono's parsers are chosen by class name (src/checks/dates.ts).
  keepNames: true,
  logLevel: 'warning',
});
