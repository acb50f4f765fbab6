// The settings path between the extension and a real `din lsp` (DIN_EXECUTABLE): the client answers
// workspace/configuration for section `din` with VS Code's values (the manifest's defaults, then what the user set),
// and announces a change with workspace/didChangeConfiguration, as vscode-languageclient does for
// `synchronize.configurationSection`. Without DIN_EXECUTABLE the test is skipped; .ci/vscode-test sets it.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const childProcess = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');

const din = process.env.DIN_EXECUTABLE;
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));

/** The `din` section as VS Code answers it when the user set nothing: every property at its default. */
function defaults() {
  return Object.fromEntries(
    Object.entries(manifest.contributes.configuration.properties).map(([key, property]) => [
      key.slice('din.'.length),
      property.default,
    ]),
  );
}

test('unset settings leave .dinlint.json in charge, and a profile set in the editor applies at once', { skip: !din && 'DIN_EXECUTABLE is not set', timeout: 60_000 }, async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'din-vscode-'));
  let server;
  try {
    fs.writeFileSync(path.join(folder, '.dinlint.json'), '{ "profile": "dashboard" }\n');
    const file = path.join(folder, 'two-actions.din');
    const text = 'say en "Welcome."\ntransfer +81336042000';
    fs.writeFileSync(file, text);
    const uri = pathToFileURL(file).href;

    server = childProcess.spawn(din, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
    const connection = rpc.createMessageConnection(
      new rpc.StreamMessageReader(server.stdout),
      new rpc.StreamMessageWriter(server.stdin),
    );

    let settings = defaults();
    let answers = 0;
    connection.onRequest('workspace/configuration', (params) => {
      assert.deepEqual(params.items.map((item) => item.section), ['din']);
      answers++;
      return [settings];
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onNotification('window/logMessage', () => {});
    const published = [];
    connection.onNotification('textDocument/publishDiagnostics', (params) => {
      if (params.uri === uri) {
        published.push({ afterAnswers: answers, codes: params.diagnostics.map((diagnostic) => diagnostic.code) });
      }
    });
    /**
     * The diagnostics the editor ends up showing once the server has read the settings `answers` times: the last
     * publication after that, when half a second has passed without another. A publication computed before the
     * settings arrived may still come after them, so the first one is not enough.
     */
    const settled = async (answered) => {
      // Bounded, so that a server that never reads the settings fails the test instead of holding the runner.
      const deadline = Date.now() + 30_000;
      for (;;) {
        assert.ok(Date.now() < deadline, `no settled diagnostics after ${answered} answers within 30 s: ${JSON.stringify(published)}`);
        const count = published.length;
        await new Promise((resolve) => setTimeout(resolve, 500));
        const last = published.at(-1);
        if (count === published.length && last !== undefined && last.afterAnswers >= answered) {
          return last.codes;
        }
      }
    };
    connection.listen();

    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: { publishDiagnostics: {}, synchronization: { didSave: true } },
      },
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'din', version: 1, text },
    });

    // VS Code's first answer may reach the server while it opens the document; the test then has the settings read
    // again, unchanged, so that what follows depends only on their values.
    await settled(1);
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: { din: settings } });

    // The defaults are null: the folder's dashboard profile allows the two actions.
    const before = await settled(2);
    assert.ok(!before.includes('DIN0051'), `DIN0051 with the manifest's defaults: ${before}`);

    settings = { ...defaults(), profile: 'api' };
    await connection.sendNotification('workspace/didChangeConfiguration', { settings: { din: settings } });
    const after = await settled(3);
    assert.ok(after.includes('DIN0051'), `no DIN0051 once din.profile is api: ${after}`);

    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    assert.equal(await exited, 0);
    connection.dispose();
  } finally {
    // A failed test leaves no server behind to keep the test runner waiting.
    if (server !== undefined && server.exitCode === null && server.signalCode === null) {
      server.kill();
    }
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
