// Whether a YAML file is a starbank story, from its text alone: at least
// two story keys (title, principles, situation, task, action, result), at
// any indentation or in a list item. The extension starts the server for
// such a file in any folder, with or without a .starbank.yaml.
'use strict';

const STORY_KEY = /^[ \t]*(?:-[ \t]+)?(title|principles|situation|task|action|result)[ \t]*:/gm;
const MIN_KEYS = 2;

function looksLikeStory(text) {
  const keys = new Set();
  for (const match of text.matchAll(STORY_KEY)) keys.add(match[1]);
  return keys.size >= MIN_KEYS;
}

module.exports = { looksLikeStory, STORY_KEY, MIN_KEYS };
