// The command names, shared by the command line (src/cli/index.ts) and its launcher
// (src/cli/launcher.ts), which keeps a compile cache per command.

const COMMAND_NAMES = ['lint', 'outline', 'diff', 'audit', 'rules', 'init', 'lsp'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

const isCommandName = (name: string): name is CommandName => (COMMAND_NAMES as readonly string[]).includes(name);

/** The commands this invocation needs: the named one, all of them for help, else `lint`. */
export function commandsFor(argv: readonly string[]): CommandName[] {
  const first = argv.find((arg) => !arg.startsWith('-'));
  if (first !== undefined && isCommandName(first)) return [first];
  if (first === 'help' || argv.includes('--help') || argv.includes('-h')) return [...COMMAND_NAMES];
  if (first === undefined && (argv.includes('--version') || argv.includes('-V'))) return [];
  return ['lint'];
}
