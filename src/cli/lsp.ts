// STUB: the lsp command is registered here by its owner.
import type { Command } from 'commander';

export function registerLsp(program: Command): void {
  program.command('lsp').description('(not implemented yet)').action(() => {
    process.stderr.write('noticelint: "lsp" is not implemented yet\n');
    process.exitCode = 2;
  });
}
