// The pre-commit hook, installed by the real `pre-commit` program from a snapshot of this
// project (as a user's .pre-commit-config.yaml would): a commit with a bad notice is refused,
// a good one goes through. Slow (pre-commit runs npm install, the build and npm pack).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';

const ROOT = join(import.meta.dirname, '..');
const PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
const hasPreCommit = PRE_COMMIT.status === 0;
if (!hasPreCommit) console.log('skipping the pre-commit suite: the `pre-commit` program is not on PATH');

const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });

/** This working tree (tracked and new files, not ignored ones) committed to a throw-away repository. */
function snapshotProject(into: string): string {
  mkdirSync(into);
  const files = git(ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean);
  for (const file of files) {
    try {
      mkdirSync(dirname(join(into, file)), { recursive: true });
      cpSync(join(ROOT, file), join(into, file));
    } catch {
      // listed but deleted in the working tree: not part of the snapshot
    }
  }
  git(into, 'init', '-q', '-b', 'main');
  git(into, 'add', '-A');
  git(into, 'commit', '-q', '-m', 'snapshot');
  return git(into, 'rev-parse', 'HEAD').trim();
}

describe.skipIf(!hasPreCommit)('pre-commit hook "noticelint"', () => {
  const base = mkdtempSync(join(tmpdir(), 'noticelint-precommit-'));
  const work = join(base, 'school-website');
  const env = { ...GIT_ENV, PRE_COMMIT_HOME: join(base, 'pre-commit-home') };
  // git shows a hook's output on its standard error.
  const commit = (message: string) => {
    const run = spawnSync('git', ['commit', '-m', message], { cwd: work, env, encoding: 'utf8' });
    return { status: run.status, output: run.stdout + run.stderr };
  };

  beforeAll(() => {
    const rev = snapshotProject(join(base, 'noticelint'));
    mkdirSync(work);
    git(work, 'init', '-q', '-b', 'main');
    writeFileSync(join(work, '.pre-commit-config.yaml'), ['repos:', `  - repo: ${join(base, 'noticelint')}`, `    rev: ${rev}`, '    hooks:', '      - id: noticelint', "        args: [--date, '2026-11-24']", ''].join('\n'));
    writeFileSync(join(work, 'noticelint.config.json'), JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'dpa-1998' ? 'error' : 'off'])) }));
    writeFileSync(join(work, 'site.js'), 'console.log("Data Protection Act 1998");\n');
    execFileSync('pre-commit', ['install'], { cwd: work, env });
    git(work, 'add', '-A');
    // The first commit installs the hook's environment; it checks no notice, so it must pass.
    const first = commit('website without notices');
    expect(first.status, first.output).toBe(0);
  }, 900_000);

  it('refuses a commit whose notice has an error, showing the finding', () => {
    writeFileSync(join(work, 'privacy.md'), '# Privacy notice\n\nOakfield Primary School follows the Data Protection Act 1998.\n');
    git(work, 'add', 'privacy.md');
    const refused = commit('add notice');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/noticelint\.+Failed/);
    expect(refused.output).toMatch(/privacy\.md[\s\S]*3:\d+ +error .*dpa-1998/);
    expect(git(work, 'log', '--format=%s')).toBe('website without notices\n');
  });

  it('lets the commit through once the notice is fixed', () => {
    writeFileSync(join(work, 'privacy.md'), '# Privacy notice\n\nOakfield Primary School follows the UK GDPR and the Data Protection Act 2018.\n');
    git(work, 'add', 'privacy.md');
    const passed = commit('add notice');
    expect(passed.status, passed.output).toBe(0);
    expect(passed.output).toMatch(/noticelint\.+Passed/);
    expect(git(work, 'log', '--format=%s')).toBe('add notice\nwebsite without notices\n');
  });
});
