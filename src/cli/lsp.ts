// `noticelint lsp --stdio`: the language server for editors (see src/lsp).
import type { Command } from 'commander';
import { exitTwoOnBadArguments } from './lint.js';

export function registerLsp(program: Command): void {
  const command = program
    .command('lsp')
    .description('language server for editors: diagnostics and quick fixes (standard input/output)')
    .option('--stdio', 'talk LSP over standard input/output (the only transport)')
    // Loaded on demand: the protocol libraries would slow every other command's start.
    .action(async () => (await import('../lsp/server.js')).serveStdio());
  exitTwoOnBadArguments(command);
}
