// The doc comments of an exported object literal's properties, read with the TypeScript compiler API.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** `{ name: "its /** … *\/ comment" }` for each property of `export const <name> = { … }` in a source file. */
export function propertyDocs(file: string, name: string): Map<string, string> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText(source) === name && node.initializer) {
      let init: ts.Expression = node.initializer;
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
      if (!ts.isObjectLiteralExpression(init)) throw new Error(`${name} in ${file} is not an object literal`);
      for (const prop of init.properties) {
        const doc = ts
          .getJSDocCommentsAndTags(prop)
          .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
          .join(' ')
          .trim();
        if (prop.name) out.set(prop.name.getText(source), doc.replace(/\s+/g, ' '));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (out.size === 0) throw new Error(`no properties of ${name} found in ${file}`);
  return out;
}
