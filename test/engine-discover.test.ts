// Which files a run covers: folders walked for notice extensions, globs expanded, explicit
// files always kept, node_modules/.git never entered, duplicates dropped, misses reported.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../src/files/discover.js';

function tree(paths: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'noticelint-discover-'));
  for (const path of paths) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), 'x');
  }
  return root;
}

describe('discoverFiles', () => {
  const cwd = tree(['a.md', 'b/notice.TXT', 'b/page.htm', 'b/logo.png', 'node_modules/x/readme.md', '.git/info.md', 'c/deep/notice.pdf', 'notes.json']);

  it('walks folders for every notice extension, any case, skipping node_modules and .git', async () => {
    const { files, missing } = await discoverFiles(['.'], { cwd });
    expect(files.sort()).toEqual(['a.md', 'b/notice.TXT', 'b/page.htm', 'c/deep/notice.pdf']);
    expect(missing).toEqual([]);
  });

  it('expands globs and keeps argument order without duplicates', async () => {
    const { files } = await discoverFiles(['c', '**/*.md', 'a.md'], { cwd });
    expect(files).toEqual(['c/deep/notice.pdf', 'a.md']);
  });

  it('keeps an explicitly named file whatever its extension (the loader then explains)', async () => {
    expect((await discoverFiles(['notes.json'], { cwd })).files).toEqual(['notes.json']);
  });

  it('reports paths and globs that match nothing', async () => {
    expect(await discoverFiles(['nope.md', '**/*.docx', 'b'], { cwd })).toEqual({ files: ['b/notice.TXT', 'b/page.htm'], missing: ['nope.md', '**/*.docx'] });
  });

  it('drops files the config ignores', async () => {
    const { files } = await discoverFiles(['.'], { cwd, isIgnored: (file) => file.startsWith(join(cwd, 'b') + sep) });
    expect(files.sort()).toEqual(['a.md', 'c/deep/notice.pdf']);
  });
});
