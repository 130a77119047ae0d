#!/usr/bin/env node
// The command line: thin commander wiring over library functions. Each command lives in its
// own module and registers itself; `lint` is the default command.
import { Command } from 'commander';
import { createRequire } from 'node:module';
import { registerAudit } from './audit.js';
import { registerDiff } from './diff.js';
import { registerInit } from './init.js';
import { registerLint } from './lint.js';
import { registerLsp } from './lsp.js';
import { registerOutline } from './outline.js';
import { registerRules } from './rules.js';

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };

const program = new Command('noticelint')
  .description('Lint and diff the privacy notices that schools in England publish.')
  .version(version)
  .showHelpAfterError();

registerLint(program);
registerOutline(program);
registerDiff(program);
registerAudit(program);
registerRules(program);
registerInit(program);
registerLsp(program);

await program.parseAsync(process.argv);
