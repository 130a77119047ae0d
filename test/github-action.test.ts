// action.yml: its lint step's script, run with bash the way the composite action runs it
// (inputs in the environment, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), on the built CLI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { CLI } from './helpers/cli.js';

const ROOT = join(import.meta.dirname, '..');
const action = readFileSync(join(ROOT, 'action.yml'), 'utf8');

/** The `run: |` block of the step with `id: lint`, de-indented. */
function lintStepScript(): string {
  const step = action.slice(action.indexOf('id: lint'));
  const block = /\n(\s+)run: \|\n((?:\1 {2}.*\n|\s*\n)+)/.exec(step);
  if (!block) throw new Error('action.yml: no run block in the lint step');
  const indent = block[1].length + 2;
  return block[2].split('\n').map((line) => line.slice(indent)).join('\n');
}

function runStep(cwd: string, inputs: { paths: string; args?: string; annotate?: string }) {
  const output = join(cwd, 'github-output.txt');
  const summary = join(cwd, 'summary.md');
  writeFileSync(output, '');
  const env = { ...process.env, NOTICELINT: CLI, NOTICELINT_PATHS: inputs.paths, NOTICELINT_ARGS: inputs.args ?? '', ANNOTATE: inputs.annotate ?? 'true', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary };
  const run = spawnSync('bash', ['-e', '-c', lintStepScript()], { cwd, env, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, outputs: readFileSync(output, 'utf8'), summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '' };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-action-'));
  writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'dpa-1998' ? 'error' : 'off'])) }));
  mkdirSync(join(dir, 'notices'));
  writeFileSync(join(dir, 'notices', 'old.md'), '# Privacy notice\n\nOakfield Primary School follows the Data Protection Act 1998.\n');
  writeFileSync(join(dir, 'notices', 'current.md'), '# Privacy notice\n\nOakfield Primary School follows the UK GDPR.\n');
  return dir;
}

describe.skipIf(!existsSync(CLI))('action.yml lint step', () => {
  it('writes the SARIF report, annotates, fills the summary and records the exit code', () => {
    const dir = workspace();
    const step = runStep(dir, { paths: 'notices/*.md' });
    expect(step.status).toBe(0); // the step itself succeeds; a later step fails the job
    expect(step.outputs).toBe('exit-code=1\n');
    const sarif = JSON.parse(readFileSync(join(dir, 'noticelint.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toEqual(['dpa-1998']);
    expect(step.stdout).toMatch(/^::error file=notices\/old\.md,line=3,/m);
    expect(step.summary).toContain('`dpa-1998`');
  });

  it('passes extra options through and skips annotations when asked', () => {
    const dir = workspace();
    const step = runStep(dir, { paths: 'notices/current.md', args: '--max-warnings 0 --rule dpa-1998:warning', annotate: 'false' });
    expect(step.outputs).toBe('exit-code=0\n');
    expect(step.stdout).toBe('');
    expect(existsSync(join(dir, 'noticelint.sarif'))).toBe(true);
  });

  it('never runs shell code smuggled into an input', () => {
    const dir = workspace();
    const step = runStep(dir, { paths: 'notices/current.md $(touch pwned) `touch pwned2`' });
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    expect(existsSync(join(dir, 'pwned2'))).toBe(false);
    expect(step.outputs).toBe('exit-code=2\n'); // the odd "paths" are reported as missing files
  });
});
