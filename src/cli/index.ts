// The command line: thin commander wiring over library functions. Each command lives in its
// own module and registers itself; `lint` is the default command. Only the module of the
// command being run is imported, so a one-file `lint` does not pay for the language server,
// the audit report or the differ at start-up.
import { Command } from 'commander';
import { packageVersion } from '../report/version.js';
import { commandsFor, type CommandName } from './commands.js';

type Register = (program: Command) => void;

const COMMANDS: Record<CommandName, () => Promise<Register>> = {
  lint: async () => (await import('./lint.js')).registerLint,
  outline: async () => (await import('./outline.js')).registerOutline,
  diff: async () => (await import('./diff.js')).registerDiff,
  audit: async () => (await import('./audit.js')).registerAudit,
  rules: async () => (await import('./rules.js')).registerRules,
  init: async () => (await import('./init.js')).registerInit,
  lsp: async () => (await import('./lsp.js')).registerLsp,
};

const program = new Command('noticelint')
  .description('Lint and diff the privacy notices that schools in England publish.')
  .version(packageVersion())
  // cli.md: bad arguments are a failed run (exit 2), not findings (exit 1).
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2))
  .showHelpAfterError();

// Output piped into `head` or a pager that quits early: stop quietly, as other tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(Number(process.exitCode ?? 0));
});

// No top-level await: the shipped command line is a CommonJS bundle (see src/cli/launcher.ts).
async function main(): Promise<void> {
  for (const name of commandsFor(process.argv.slice(2))) (await COMMANDS[name]())(program);
  await program.parseAsync(process.argv);
}

void main();
