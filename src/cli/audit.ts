// STUB: the audit command is registered here by its owner.
import type { Command } from 'commander';

export function registerAudit(program: Command): void {
  program.command('audit').description('(not implemented yet)').action(() => {
    process.stderr.write('noticelint: "audit" is not implemented yet\n');
    process.exitCode = 2;
  });
}
