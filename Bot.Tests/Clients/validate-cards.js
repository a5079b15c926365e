#!/usr/bin/env node
// Validates Adaptive Cards with the real `adaptivecards` library (the renderer Web Chat and Teams build on),
// in Node through jsdom. Prints one JSON line per card: {"events":[{"phase","event","message"}]}; no events = valid.
//
//   node validate-cards.js card.json other.json   one line per file (with "file"); exit code 1 if any card has events
//   node validate-cards.js < cards.jsonl           one card per input line, one answer line each, in order (the tests
//                                                  keep one process open and write to it as they go)
'use strict';

const fs = require('fs');
const path = require('path');
const readline = require('readline');
const { JSDOM } = require('jsdom');

// The library's package entry is extensionless ESM that Node cannot load; its UMD bundle wants a DOM.
const dom = new JSDOM('<!doctype html><html><body></body></html>');
global.window = dom.window;
global.document = dom.window.document;
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (/^(HTML|SVG|Node|Element|Event|DocumentFragment|getComputedStyle)/.test(name) && !(name in global)) {
    global[name] = dom.window[name];
  }
}
const AC = require(path.join(__dirname, 'node_modules/adaptivecards/dist/adaptivecards.js'));

// Teams and Web Chat render schema 1.5; a newer element must fail here rather than on a user's phone.
const targetVersion = AC.Versions.v1_5;

function describe(phase, event, message) {
  return { phase: AC.ValidationPhase[phase] ?? String(phase), event: AC.ValidationEvent[event] ?? String(event), message };
}

function validate(card) {
  if (card === null || typeof card !== 'object' || Array.isArray(card)) {
    return [{ phase: 'Parse', event: 'NotAnObject', message: 'A card must be a JSON object.' }];
  }

  const events = [];
  // The library accepts a card without "version"; Teams does not render one.
  if (typeof card.version !== 'string') {
    events.push({ phase: 'Validation', event: 'MissingVersion', message: 'The card has no "version" (Teams needs one, e.g. "1.5").' });
  }

  const context = new AC.SerializationContext(targetVersion);
  const adaptiveCard = new AC.AdaptiveCard();
  adaptiveCard.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    events.push(describe(e.phase, e.event, e.message));
  }

  for (const e of adaptiveCard.validateProperties().validationEvents) {
    events.push(describe(e.phase, e.event, e.message));
  }

  return events;
}

function validateText(text) {
  let card;
  try {
    card = JSON.parse(text);
  } catch (error) {
    return [{ phase: 'Parse', event: 'InvalidJson', message: error.message }];
  }

  return validate(card);
}

const files = process.argv.slice(2);
if (files.length > 0) {
  let invalid = 0;
  for (const file of files) {
    const events = validateText(fs.readFileSync(file, 'utf8'));
    invalid += events.length > 0 ? 1 : 0;
    process.stdout.write(JSON.stringify({ file, events }) + '\n');
  }

  process.exitCode = invalid > 0 ? 1 : 0;
} else {
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', line => {
    if (line.trim().length > 0) {
      process.stdout.write(JSON.stringify({ events: validateText(line) }) + '\n');
    }
  });
}
