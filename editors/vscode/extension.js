// The starbank extension: starts `starbank server` for YAML files and leaves
// the rest to vscode-languageclient. It starts in a folder that holds a
// .starbank.yaml, or, in any other folder, when a story file is opened (a
// YAML file with story keys: story.js). The server registers its own file
// watchers and skips YAML that is not a story.
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');
const { looksLikeStory } = require('./story');

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

async function start() {
  if (client) return;
  client = makeClient();
  await client.start();
}

async function restart() {
  if (client) await client.stop();
  client = undefined;
  await start();
}

async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('starbank.restart', restart),
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration('starbank.path') && client) await restart();
    }),
  );
  const banks = await vscode.workspace.findFiles('**/.starbank.yaml', '**/node_modules/**', 1);
  if (banks.length > 0) {
    await start();
    return;
  }
  // No bank folder: start at the first story opened.
  const check = (doc) => {
    if (!client && doc.languageId === 'yaml' && looksLikeStory(doc.getText())) start();
  };
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(check));
  vscode.workspace.textDocuments.forEach(check);
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
