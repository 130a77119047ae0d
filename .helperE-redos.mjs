import { isSafe } from 'redos-detector';
import ts from 'typescript';
import { readFileSync } from 'node:fs';
let n = 0;
for (const file of process.argv.slice(2)) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const visit = (node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      n++;
      const text = node.getText(source); const slash = text.lastIndexOf('/');
      const re = new RegExp(text.slice(1, slash), text.slice(slash + 1));
      const r = isSafe(re, { timeout: 60000 });
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      if (!r.safe) console.log('UNSAFE', file + ':' + (line + 1), re, r.error ?? '');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
console.log('checked', n);
