// STUB(A): `noticelint outline`; the foundation work replaces it.
import type { Command } from 'commander';

export function registerOutline(program: Command): void {
  program.command('outline').argument('<file>').description('(not implemented yet)').action(() => {
    process.exitCode = 2;
  });
}
