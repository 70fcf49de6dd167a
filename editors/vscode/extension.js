// The starbank extension: starts `starbank server` for the YAML files of a
// folder with stories (one that holds a .starbank.yaml) and leaves the rest
// to vscode-languageclient. The server registers its own file watchers.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function makeClient() {
  const command = vscode.workspace.getConfiguration('starbank').get('path', 'starbank');
  const serverOptions = { command, args: ['server'], transport: TransportKind.stdio };
  const clientOptions = {
    // Non-story YAML (CI configs, ...) gets no findings: the server skips it.
    documentSelector: [{ scheme: 'file', language: 'yaml' }],
  };
  // The id 'starbank' makes the client read the 'starbank.trace.server' setting.
  return new LanguageClient('starbank', 'starbank', serverOptions, clientOptions);
}

async function activate(context) {
  client = makeClient();
  context.subscriptions.push(
    vscode.commands.registerCommand('starbank.restart', async () => {
      if (client) await client.stop();
      client = makeClient();
      await client.start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('starbank.path')) {
        await vscode.commands.executeCommand('starbank.restart');
      }
    }),
  );
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
