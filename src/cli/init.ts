// STUB: the init command is registered here by its owner.
import type { Command } from 'commander';

export function registerInit(program: Command): void {
  program.command('init').description('(not implemented yet)').action(() => {
    process.stderr.write('noticelint: "init" is not implemented yet\n');
    process.exitCode = 2;
  });
}
