// The command line as shipped: the file package.json's "bin" names (built by `npm run build`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const { bin } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

export const CLI = join(ROOT, bin.noticelint);
