// Run by vsce before packaging (vscode:prepublish). The client and vscode-languageclient become one file,
// dist/extension.js, so the package carries no node_modules; the grammar and the licence live once, in grammar/ and
// at the repository's root, and the extension gets copies of them. git ignores all three.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const extension = __dirname;
const root = path.resolve(extension, '..', '..');

fs.mkdirSync(path.join(extension, 'syntaxes'), { recursive: true });
fs.copyFileSync(path.join(root, 'grammar', 'din.tmLanguage.json'), path.join(extension, 'syntaxes', 'din.tmLanguage.json'));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(extension, 'LICENSE'));

esbuild.buildSync({
  entryPoints: [path.join(extension, 'client', 'extension.js')],
  outfile: path.join(extension, 'dist', 'extension.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // VS Code 1.82, the oldest the manifest allows, runs extensions on Node 18.
  target: 'node18',
  // The editor provides this module at run time.
  external: ['vscode'],
  minify: true,
  logLevel: 'warning',
});
