// STUB(B): minimal `lint` so the corpus evaluation can read sections; the engine work replaces it.
import type { Command } from 'commander';
import { lintFile } from '../lint/index.js';

export function registerLint(program: Command): void {
  program
    .command('lint', { isDefault: true })
    .description('lint notices (default command)')
    .argument('[paths...]', 'files, folders or globs')
    .option('--format <name>', 'stylish|json', 'stylish')
    .option('--date <YYYY-MM-DD>', '"today" for time-based rules')
    .action(async (paths: string[], opts: { format: string; date?: string }) => {
      const date = opts.date ?? new Date().toISOString().slice(0, 10);
      const results = [];
      for (const p of paths) results.push(await lintFile(p, { date, cwd: process.cwd() }));
      process.stdout.write(JSON.stringify(results, null, 2) + '\n');
      if (results.some((r) => r.fatal)) process.exitCode = 2;
    });
}
