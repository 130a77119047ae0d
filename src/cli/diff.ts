// STUB: the diff command is registered here by its owner.
import type { Command } from 'commander';

export function registerDiff(program: Command): void {
  program.command('diff').description('(not implemented yet)').action(() => {
    process.stderr.write('noticelint: "diff" is not implemented yet\n');
    process.exitCode = 2;
  });
}
