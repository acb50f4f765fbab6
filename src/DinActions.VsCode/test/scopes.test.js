// What each piece of the language is scoped as, one line per case: the intent the goldens are reviewed against,
// including cases that no example file has.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { tokenize } = require('./tokenize');

// [line, token text, innermost scope of that token, which occurrence of the text (0: the first)]
const cases = [
  ['say en "Hi"', 'say', 'keyword.control.say.din'],
  ['playback https://example.com/a.mp3', 'playback', 'keyword.control.playback.din'],
  ['transfer +81336042000', 'transfer', 'keyword.control.transfer.din'],
  ['voicemail', 'voicemail', 'keyword.control.voicemail.din'],
  ['voicemail say en "Hi"', 'say', 'keyword.control.say.din'],
  ['voicemail playback https://example.com/a.mp3', 'https://example.com/a.mp3', 'markup.underline.link.din'],
  ['voicemail playback example.com/a.mp3', 'example.com/a.mp3', 'invalid.illegal.url.din'],
  ['voicemail transfer +81336042000', 'transfer', 'invalid.illegal.greeting.din'],
  ['Say en "Hi"', 'Say', 'invalid.illegal.unknown-action.din'],
  ['sayen "Hi"', 'sayen', 'invalid.illegal.unknown-action.din'],
  ['say en "Hi"', 'en', 'constant.language.language-code.din'],
  ['say en-GB "Hi"', 'en-GB', 'constant.language.language-code.din'],
  ['say EN "Hi"', 'EN', 'invalid.illegal.unknown-word.din'],
  ['say en "Hi" en', 'en', 'invalid.illegal.unknown-word.din', 1],
  ['say "Hi" en', 'en', 'invalid.illegal.unknown-word.din'],
  ['say en Hi', 'Hi', 'invalid.illegal.unknown-word.din'],
  ['say en "a\\"b"', '\\"', 'constant.character.escape.din'],
  ['say en "a\\\\b"', '\\\\', 'constant.character.escape.din'],
  ['say en "a\\tb"', '\\t', 'invalid.illegal.escape.din'],
  ['say en "a\\u0041"', '\\u', 'invalid.illegal.escape.din'],
  ['say en "ab\\', '\\', 'invalid.illegal.escape.din'],
  ['say en "ab\\"', '"', 'invalid.illegal.unclosed-string.din'],
  ['say en "ab', '"', 'invalid.illegal.unclosed-string.din'],
  ['say en "ab"', 'ab', 'string.quoted.double.din'],
  ['say en "ab"', '"', 'punctuation.definition.string.begin.din'],
  ['say en "a\u2028b"', '\u2028', 'invalid.illegal.control-character.din'],
  ['say en "a\u2066b"', '\u2066', 'invalid.illegal.bidi-control.din'],
  ['say en "Hi" --caller=+819012345678', '--caller=+819012345678', 'invalid.illegal.option-not-allowed.din'],
  ['transfer +123456789012345', '+123456789012345', 'constant.numeric.phone-number.din'],
  ['transfer +1234567890123456', '+1234567890123456', 'invalid.illegal.number.din'],
  ['transfer +0123', '+0123', 'invalid.illegal.number.din'],
  ['transfer +81336042000 --caller=+819012345678', '--caller', 'variable.parameter.option.din'],
  ['transfer +81336042000 --caller=+819012345678', '=', 'keyword.operator.assignment.din'],
  ['transfer +81336042000 --caller=+819012345678', '+819012345678', 'constant.numeric.phone-number.din'],
  ['transfer +81336042000 --caller=090', '090', 'invalid.illegal.number.din'],
  ['transfer +81336042000 --caller +819012345678', '--caller', 'invalid.illegal.option.din'],
  ['transfer +81336042000 --Caller=+819012345678', '--Caller=+819012345678', 'invalid.illegal.unknown-option.din'],
  ['transfer +81336042000 +819012345678', '+819012345678', 'invalid.illegal.unknown-word.din'],
  ['playback https://example.com/a".mp3', 'https://example.com/a".mp3', 'invalid.illegal.url.din'],
  ['playback HTTPS://example.com/a.mp3', 'HTTPS://example.com/a.mp3', 'invalid.illegal.url.din'],
  ['playback https://example.com/a.mp3 https://example.com/b.mp3', 'https://example.com/b.mp3', 'invalid.illegal.unknown-word.din'],
  ['"Hi" say', '"', 'punctuation.definition.string.begin.din'],
  ['"Hi" say', 'say', ''],
];

for (const [line, text, scope, occurrence = 0] of cases) {
  test(`${JSON.stringify(line)}: ${JSON.stringify(text)} (${occurrence}) is ${scope || 'unscoped'}`, async () => {
    const [{ tokens }] = await tokenize(line);
    const found = tokens.filter((token) => token.text === text);
    assert.ok(found.length > occurrence, `no token ${JSON.stringify(text)} (${occurrence}) in ${JSON.stringify(tokens.map((token) => token.text))}`);
    // Unscoped: nothing but the root scope and the line's own meta scopes.
    const innermost = found[occurrence].scopes.filter((name) => !name.startsWith('meta.')).slice(1).at(-1) ?? '';
    assert.equal(innermost, scope);
  });
}
