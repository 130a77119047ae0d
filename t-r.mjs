import { isSafe } from 'redos-detector';
const tests = process.argv.slice(2);
for (const src of tests) { const m = /^\/(.*)\/([a-z]*)$/s.exec(src); const r = new RegExp(m[1], m[2]); const res = isSafe(r, { timeout: 20000 }); console.log(res.safe ? 'SAFE  ' : 'UNSAFE', src, res.safe ? '' : (res.error ?? JSON.stringify(res.score))); }
