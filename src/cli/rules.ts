// STUB: the rules command is registered here by its owner.
import type { Command } from 'commander';

export function registerRules(program: Command): void {
  program.command('rules').description('(not implemented yet)').action(() => {
    process.stderr.write('noticelint: "rules" is not implemented yet\n');
    process.exitCode = 2;
  });
}
