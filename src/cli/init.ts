// `noticelint init`: a starter config in the current folder; never overwrites one.
import type { Command } from 'commander';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../types.js';
import { exitTwoOnBadArguments, reportErrors } from './lint.js';

export const STARTER_CONFIG = {
  extends: 'noticelint:recommended',
  setting: 'auto',
  rules: {},
  ignore: [] as string[],
  overrides: [
    {
      files: ['**/*.pdf', '**/*.docx'],
      rules: {},
    },
  ],
};

export async function writeStarterConfig(dir: string): Promise<string> {
  const path = resolve(dir, 'noticelint.config.json');
  try {
    // 'wx' fails when the file exists, so an existing config is never replaced.
    await writeFile(path, JSON.stringify(STARTER_CONFIG, null, 2) + '\n', { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${path} already exists; edit it instead`);
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
  return path;
}

export function registerInit(program: Command): void {
  const command = program
    .command('init')
    .description('write a starter noticelint.config.json in the current folder')
    .action(reportErrors(async () => {
      const path = await writeStarterConfig(process.cwd());
      process.stdout.write(`Wrote ${path}\n`);
    }));
  exitTwoOnBadArguments(command);
}
