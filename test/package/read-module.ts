import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** What one built JavaScript file says about itself, read with TypeScript's parser (no regex guessing). */
export interface ModuleFacts {
  /** The directive prologue: `'use client'`, `'use strict'`… — only strings before any other statement. */
  directives: string[];
  /** Loaded when the file is loaded: `import … from`, `export … from`, `import '…'`, `require('…')`. */
  staticImports: string[];
  /** Loaded only when code runs: `import('…')`. */
  dynamicImports: string[];
}

/**
 * Parses a built `.js` or `.cjs` file and lists its directive prologue, its static imports (ES
 * `import`/`export … from` and CommonJS `require`) and its dynamic `import()`s. Type-only imports
 * load nothing and are left out.
 *
 * @example
 * ```ts
 * readModule('dist/index.js').directives; // → ['use client']
 * ```
 */
export function readModule(file: string): ModuleFacts {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const facts: ModuleFacts = { directives: [], staticImports: [], dynamicImports: [] };
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    facts.directives.push(statement.expression.text);
  }
  const visit = (node: ts.Node) => {
    if (
      ts.isImportDeclaration(node) &&
      !node.importClause?.isTypeOnly &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      facts.staticImports.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && !node.isTypeOnly && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) facts.staticImports.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node)) {
      const [argument] = node.arguments;
      const specifier = argument && ts.isStringLiteralLike(argument) ? argument.text : undefined;
      if (specifier !== undefined && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        facts.dynamicImports.push(specifier);
      } else if (
        specifier !== undefined &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'require'
      ) {
        facts.staticImports.push(specifier);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}
