// --changed-since: the real CLI in a throw-away git repository lints only what changed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { changedFilesSince } from '../src/files/changed.js';
import type { FileResult } from '../src/types.js';
import { CLI } from './helpers/cli.js';

const OLD_LAW = '# Privacy notice\n\nOakfield Primary School follows the Data Protection Act 1998.\n';
const GIT_ENV = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, env: GIT_ENV, encoding: 'utf8' });

/** A repository with two committed notices (tagged `base`), a config and a non-notice file. */
function repository(): string {
  const dir = mkdtempSync(join(tmpdir(), 'noticelint-changed-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.id === 'dpa-1998' ? 'error' : 'off'])) }));
  mkdirSync(join(dir, 'notices'));
  for (const name of ['notices/pupils.md', 'notices/staff.md', 'notices/governors.txt']) writeFileSync(join(dir, name), OLD_LAW);
  writeFileSync(join(dir, 'build.js'), '// not a notice\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'notices');
  git(dir, 'tag', 'base');
  return dir;
}

function lint(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args, '--format', 'json', '--date', '2026-11-24'], { cwd, encoding: 'utf8' });
  return { code: run.status, files: run.status === 2 && !run.stdout ? [] : (JSON.parse(run.stdout) as FileResult[]).map((r) => r.filePath).sort(), stderr: run.stderr };
}

describe.skipIf(!existsSync(CLI))('noticelint --changed-since', () => {
  it('lints committed, staged, unstaged and untracked notice changes, and nothing else', () => {
    const dir = repository();
    expect(lint(dir, '--changed-since', 'base')).toEqual({ code: 0, files: [], stderr: '' });

    writeFileSync(join(dir, 'notices/pupils.md'), OLD_LAW + '\nUpdated.\n');
    git(dir, 'commit', '-q', '-am', 'update pupils');
    writeFileSync(join(dir, 'notices/staff.md'), OLD_LAW + '\nStaged.\n');
    git(dir, 'add', 'notices/staff.md');
    writeFileSync(join(dir, 'notices/governors.txt'), OLD_LAW + '\nNot staged.\n');
    writeFileSync(join(dir, 'notices/new.md'), OLD_LAW);
    writeFileSync(join(dir, 'build.js'), '// changed, still not a notice\n');

    const since = lint(dir, '--changed-since', 'base');
    expect(since.code).toBe(1);
    expect(since.files).toEqual(['notices/governors.txt', 'notices/new.md', 'notices/pupils.md', 'notices/staff.md']);
    // Since HEAD, the committed change to pupils.md no longer counts.
    expect(lint(dir, '--changed-since', 'HEAD').files).toEqual(['notices/governors.txt', 'notices/new.md', 'notices/staff.md']);
  });

  it('combines with path arguments and works from a sub-folder', () => {
    const dir = repository();
    writeFileSync(join(dir, 'notices/staff.md'), OLD_LAW + '\nChanged.\n');
    writeFileSync(join(dir, 'extra.md'), OLD_LAW);
    expect(lint(dir, 'notices', '--changed-since', 'base').files).toEqual(['notices/staff.md']);
    expect(lint(join(dir, 'notices'), '--changed-since', 'base').files).toEqual(['staff.md']);
  });

  it('ignores deleted notices and ignores files the config ignores', () => {
    const dir = repository();
    git(dir, 'rm', '-q', 'notices/staff.md');
    writeFileSync(join(dir, 'noticelint.config.json'), JSON.stringify({ ignore: ['notices/governors.txt'], rules: { 'dpa-1998': 'error' } }));
    writeFileSync(join(dir, 'notices/governors.txt'), OLD_LAW + '\nChanged.\n');
    expect(lint(dir, '--changed-since', 'base').files).toEqual([]);
  });

  it('stops with one line and exit 2 for an unknown ref or outside a repository', () => {
    const dir = repository();
    const unknown = lint(dir, '--changed-since', 'no-such-branch');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('noticelint: --changed-since: unknown git ref "no-such-branch"\n');
    const option = lint(dir, '--changed-since', '--output=x');
    expect(option.code).toBe(2);
    const outside = mkdtempSync(join(tmpdir(), 'noticelint-nogit-'));
    const notRepo = lint(outside, '--changed-since', 'main');
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/^noticelint: --changed-since: git rev-parse failed: .*not a git repository.*\n$/i);
  });

  it('returns absolute paths, including names with spaces and non-ASCII letters', async () => {
    const dir = repository();
    const name = 'notices/école privée.md';
    writeFileSync(join(dir, name), OLD_LAW);
    expect([...(await changedFilesSince('base', join(dir, 'notices')))]).toEqual([join(dir, name)]);
  });
});
