// The client side of `din lsp`: VS Code starts the server on the first .din file and talks to it over stdio.
// Everything the extension knows about the language is in the server; this file only starts it and passes settings.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      // The server reads din.profile and din.numberingPlan itself (workspace/configuration); only a new
      // executable needs a new process.
      if (event.affectsConfiguration('din.path')) {
        await restart();
      }
    }),
    { dispose: () => void stop() },
  );
  await start();
}

// Restarts run one after another: two quick changes of din.path must not start two servers and lose one.
let restarting = Promise.resolve();

function restart() {
  restarting = restarting.then(async () => {
    await stop();
    await start();
  });
  return restarting;
}

async function start() {
  const command = vscode.workspace.getConfiguration('din').get('path') || 'din';
  const serverOptions = {
    command,
    args: ['lsp'],
    transport: TransportKind.stdio,
  };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'din' },
      { scheme: 'untitled', language: 'din' },
    ],
    // A change under `din` is announced with workspace/didChangeConfiguration; the server then asks for the
    // section again, so the new profile applies to the open documents at once.
    synchronize: { configurationSection: 'din' },
  };
  client = new LanguageClient('din', 'din lsp', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(
      `Could not start \`${command} lsp\`: ${message}. Install the din tool (dotnet tool install --global DinActions.Cli) or set din.path.`,
    );
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running !== undefined) {
    try {
      await running.stop();
    } catch {
      // A server that failed to start has nothing to stop.
    }
  }
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
