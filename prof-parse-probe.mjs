import { readFileSync } from 'node:fs';
const { parseNotice } = await import('./dist/src/load/index.js');
const { unified } = await import('unified'); const remarkParse=(await import('remark-parse')).default; const gfm=(await import('remark-gfm')).default;
const S=['fixtures/complete/child-qa.md','fixtures/complete/trust-numbered.md','fixtures/complete/plain-website.txt','fixtures/examples/oakfield-primary.md'];
let parts=[],size=0;for(let i=0;size<20480;i++){const p=readFileSync(S[i%4],'utf8');parts.push(p);size+=p.length+2}
const text=parts.join('\n\n');
const p1=unified().use(remarkParse).use(gfm);
for (let k=0;k<10;k++){ let t=performance.now(); parseNotice(text+' x'.repeat(k),'markdown','/tmp/n.md'); const a=performance.now()-t; t=performance.now(); p1.parse(text+' y'.repeat(k)); const b=performance.now()-t; console.log(a.toFixed(0), b.toFixed(0)); }
