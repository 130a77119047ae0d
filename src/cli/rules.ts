// `noticelint rules`: the rule catalogue, as a table or JSON.
import { Command, InvalidArgumentError } from 'commander';
import { rules } from '../../rules/index.js';
import { exitTwoOnBadArguments, reportErrors } from './lint.js';

export function rulesTable(): string {
  const rows = [['id', 'severity', 'category', 'description'], ...rules.map((r) => [r.meta.id, r.meta.severity, r.meta.category, r.meta.description + (r.meta.fixable ? ' (fixable)' : '')])];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n') + '\n';
}

export function rulesJson(): string {
  const list = rules.map(({ meta }) => ({
    id: meta.id,
    severity: meta.severity,
    category: meta.category,
    description: meta.description,
    source: meta.source,
    fixable: meta.fixable === true,
    ...(meta.settings ? { settings: meta.settings } : {}),
    ...(meta.activeFrom ? { activeFrom: meta.activeFrom } : {}),
    ...(meta.options ? { options: meta.options } : {}),
  }));
  return JSON.stringify(list, null, 2) + '\n';
}

export function registerRules(program: Command): void {
  const command = program
    .command('rules')
    .description('list the rules: id, default severity, category, description')
    .option('--format <name>', 'table|json', (value: string) => {
      if (value !== 'table' && value !== 'json' && value !== 'stylish') throw new InvalidArgumentError('expected table or json.');
      return value;
    }, 'table')
    .action(reportErrors(async (opts: { format: string }) => {
      process.stdout.write(opts.format === 'json' ? rulesJson() : rulesTable());
    }));
  exitTwoOnBadArguments(command);
}
