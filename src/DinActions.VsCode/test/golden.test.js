// Every example of grammar/examples (*.din, in every folder) is tokenized and compared with its golden file of scopes
// in test/golden/, at the same relative path with `.tokens` added. DIN_UPDATE_GOLDEN=1 writes the goldens instead
// (and removes those whose example is gone): review the diff before committing it.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { tokenize, root } = require('./tokenize');

const examples = path.join(root, 'grammar', 'examples');
const goldens = path.join(__dirname, 'golden');
const update = process.env.DIN_UPDATE_GOLDEN === '1';
const suffix = '.tokens';

/** Files under a folder whose name ends with `ending`, as sorted paths relative to it with `/`. */
function filesUnder(folder, ending) {
  if (!fs.existsSync(folder)) {
    return [];
  }
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(ending))
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Token text as it reads in a golden: JSON, with every invisible or unusual blank written as \u{...}. */
function shown(text) {
  return JSON.stringify(text).replace(/[\p{C}\p{Z}]/gu, (c) =>
    c === ' ' ? c : `\\u{${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}}`,
  );
}

/** The golden text of an example: a header, then one row per token (line:column, text, scopes under source.din). */
function render(relative, lines) {
  const rows = [`# grammar/examples/${relative}: line:column, token, scopes (each under source.din)`];
  for (const [index, { tokens }] of lines.entries()) {
    const visible = tokens.filter((token) => token.text !== '');
    if (visible.length === 0) {
      rows.push(`${index + 1}  (empty line)`);
    }
    for (const token of visible) {
      const scopes = token.scopes.slice(1).join(' ');
      rows.push(`${`${token.line}:${token.column}`.padEnd(6)} ${shown(token.text).padEnd(24)} ${scopes || '-'}`);
    }
  }
  return rows.join('\n') + '\n';
}

/** A line diff (longest common subsequence): `-` golden, `+` actual, with two lines of context. */
function diff(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const common = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      common[i][j] = a[i] === b[j] ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
    }
  }
  const edits = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      edits.push(`  ${a[i++]}`);
      j++;
    } else if (j < b.length && (i === a.length || common[i][j + 1] >= common[i + 1][j])) {
      edits.push(`+ ${b[j++]}`);
    } else {
      edits.push(`- ${a[i++]}`);
    }
  }
  const near = (k) => edits.slice(Math.max(0, k - 2), k + 3).some((edit) => !edit.startsWith('  '));
  return edits.filter((_, k) => near(k)).join('\n');
}

const exampleFiles = filesUnder(examples, '.din');

test('the examples are found', () => {
  assert.ok(exampleFiles.length > 0, `no *.din under ${examples}`);
});

for (const relative of exampleFiles) {
  test(`grammar/examples/${relative} is tokenized as its golden says`, async () => {
    const lines = await tokenize(fs.readFileSync(path.join(examples, relative), 'utf8'));
    for (const [index, line] of lines.entries()) {
      assert.ok(line.sameAlone, `line ${index + 1} is scoped otherwise after the lines above it: a rule was left open`);
      for (const token of line.tokens) {
        assert.equal(token.scopes[0], 'source.din', `${token.line}:${token.column} is outside source.din`);
      }
    }
    const actual = render(relative, lines);
    const goldenPath = path.join(goldens, relative + suffix);
    if (update) {
      fs.mkdirSync(path.dirname(goldenPath), { recursive: true });
      fs.writeFileSync(goldenPath, actual);
      return;
    }
    assert.ok(
      fs.existsSync(goldenPath),
      `no golden ${path.relative(root, goldenPath)}; write it with DIN_UPDATE_GOLDEN=1 npm test, then review it`,
    );
    const expected = fs.readFileSync(goldenPath, 'utf8');
    if (expected !== actual) {
      assert.fail(
        `the scopes differ from ${path.relative(root, goldenPath)} (- golden, + now); ` +
          `if the change is meant, DIN_UPDATE_GOLDEN=1 npm test rewrites it\n${diff(expected, actual)}`,
      );
    }
  });
}

test('every golden belongs to an example', () => {
  const orphans = filesUnder(goldens, suffix).filter((golden) => !exampleFiles.includes(golden.slice(0, -suffix.length)));
  if (update) {
    for (const orphan of orphans) {
      fs.rmSync(path.join(goldens, orphan));
    }
    return;
  }
  assert.deepEqual(orphans, [], 'goldens without an example (DIN_UPDATE_GOLDEN=1 removes them)');
});
