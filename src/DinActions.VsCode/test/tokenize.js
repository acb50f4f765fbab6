// grammar/din.tmLanguage.json run by vscode-textmate on vscode-oniguruma: the tokenizer and the regular expression
// engine of VS Code itself, so what these tests see is what the editor colours.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const root = path.resolve(__dirname, '..', '..', '..');
const grammarPath = path.join(root, 'grammar', 'din.tmLanguage.json');

let loading;

/** The grammar of source.din, loaded once. */
function loadGrammar() {
  loading ??= (async () => {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'source.din' ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath) : null,
    });
    const grammar = await registry.loadGrammar('source.din');
    if (grammar === null) {
      throw new Error(`${grammarPath}: no grammar of scope source.din`);
    }
    return grammar;
  })();
  return loading;
}

/**
 * The lines of a document as VS Code holds them: a UTF-8 byte order mark is taken off when the file is read, and
 * \r\n, \r and \n all end a line (none reaches the grammar).
 * @param {string} text
 */
function editorLines(text) {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/**
 * Every token of every line, with the state after each line.
 * @param {string} text
 * @returns {Promise<{ tokens: { line: number, column: number, text: string, scopes: string[] }[], sameAlone: boolean }[]>}
 */
async function tokenize(text) {
  const grammar = await loadGrammar();
  let state = vsctm.INITIAL;
  const result = [];
  for (const line of editorLines(text)) {
    const { tokens, ruleStack, stoppedEarly } = grammar.tokenizeLine(line, state);
    if (stoppedEarly) {
      throw new Error(`tokenizing stopped early on ${JSON.stringify(line)}`);
    }
    const fresh = grammar.tokenizeLine(line, vsctm.INITIAL).tokens;
    result.push({
      tokens: tokens.map((token) => ({
        line: result.length + 1,
        column: token.startIndex + 1,
        text: line.substring(token.startIndex, token.endIndex),
        scopes: token.scopes,
      })),
      // No construct of the language spans lines: a line must read the same after the lines above it as alone.
      sameAlone: JSON.stringify(fresh) === JSON.stringify(tokens),
    });
    state = ruleStack;
  }
  return result;
}

module.exports = { tokenize, editorLines, root };
