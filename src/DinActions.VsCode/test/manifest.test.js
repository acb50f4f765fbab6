// package.json agrees with the grammar and with what din lsp reads from the `din` section.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { root } = require('./tokenize');

const extension = path.resolve(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
const settingsSource = fs.readFileSync(path.join(root, 'src', 'DinActions.Cli', 'Lsp', 'LspSettings.cs'), 'utf8');
const properties = manifest.contributes.configuration.properties;

test('the din language is *.din, with a language configuration that parses', () => {
  const [language] = manifest.contributes.languages;
  assert.equal(language.id, 'din');
  assert.deepEqual(language.extensions, ['.din']);
  JSON.parse(fs.readFileSync(path.join(extension, language.configuration), 'utf8'));
});

test("the contributed grammar is grammar/din.tmLanguage.json's scope, at the path the copy script writes", () => {
  const [contributed] = manifest.contributes.grammars;
  const grammar = JSON.parse(fs.readFileSync(path.join(root, 'grammar', 'din.tmLanguage.json'), 'utf8'));
  assert.equal(contributed.language, 'din');
  assert.equal(contributed.scopeName, grammar.scopeName);
  assert.match(fs.readFileSync(path.join(extension, 'build.js'), 'utf8'), /'syntaxes', 'din\.tmLanguage\.json'/);
  assert.equal(path.normalize(contributed.path), path.join('syntaxes', 'din.tmLanguage.json'));
});

test('din.profile offers the profiles the server reads, and is unset by default so .dinlint.json applies', () => {
  const read = [...settingsSource.matchAll(/"(\w+)" => ValidationProfile\./g)].map((match) => match[1]);
  assert.deepEqual(read, ['api', 'dashboard']);
  assert.deepEqual(properties['din.profile'].enum, [...read, null]);
  assert.equal(properties['din.profile'].default, null);
});

for (const name of ['numberingPlan', 'lines']) {
  test(`din.${name} is a boolean the server reads, unset by default`, () => {
    assert.match(settingsSource, new RegExp(`ReadBoolean\\(section, "${name}"`));
    assert.deepEqual(properties[`din.${name}`].type, ['boolean', 'null']);
    assert.equal(properties[`din.${name}`].default, null);
  });
}

test('din.path names the executable, din by default, and the client starts it with lsp', () => {
  assert.equal(properties['din.path'].default, 'din');
  // main is the bundle build.js makes of client/extension.js.
  assert.equal(manifest.main, './dist/extension.js');
  assert.match(fs.readFileSync(path.join(extension, 'build.js'), 'utf8'), /'client', 'extension\.js'[^]*'dist', 'extension\.js'/);
  const client = fs.readFileSync(path.join(extension, 'client', 'extension.js'), 'utf8');
  assert.match(client, /args: \['lsp'\]/);
  assert.match(client, /configurationSection: 'din'/);
  require.resolve('vscode-languageclient/node', { paths: [extension] });
});
