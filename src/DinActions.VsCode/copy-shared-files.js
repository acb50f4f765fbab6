// Run by vsce before packaging (vscode:prepublish): the grammar and the licence live once, at the repository's root
// and in grammar/, and the extension gets copies of them, which git ignores.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const extension = __dirname;
const root = path.resolve(extension, '..', '..');

fs.mkdirSync(path.join(extension, 'syntaxes'), { recursive: true });
fs.copyFileSync(path.join(root, 'grammar', 'din.tmLanguage.json'), path.join(extension, 'syntaxes', 'din.tmLanguage.json'));
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(extension, 'LICENSE'));
