// Validates a Teams app manifest offline:
//   1. against the official JSON schema that @microsoft/app-manifest ships for the manifest's `$schema`
//      (the package the Microsoft 365 Agents Toolkit uses; its bundled copy is loaded, never the web), and
//   2. against the documented rules the schema leaves out (docs/teams-app.md lists them), and
//   3. the language files its localizationInfo names, found beside it, against the Localization schema.
//
// Usage: node validate-manifest.js <manifest.json>...
// Prints one JSON object {validator, results: [{file, schema, errors: [{source, path, message}]}]} and exits
// 0 when no file has errors, 1 when any has, 2 when it could not run (usage, missing npm packages).

import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const schemaUrlPattern = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/(v1\.\d+)\/MicrosoftTeams\.schema\.json$/;

function fail(message) {
  process.stderr.write(`validate-manifest: ${message}\n`);
  process.exit(2);
}

function loadToolkitPackage() {
  try {
    const packageJsonPath = require.resolve("@microsoft/app-manifest/package.json");
    const { AppManifestUtils } = require("@microsoft/app-manifest");
    const { version } = JSON.parse(readFileSync(packageJsonPath, "utf8"));
    return { AppManifestUtils, version, root: path.dirname(packageJsonPath) };
  } catch (error) {
    fail(
      `the npm packages are not installed (${error.code ?? error.message}). ` +
        `Run \`npm ci\` in tools/teams-validator (./scripts/test.sh does this).`,
    );
  }
}

// Rules stated in the Teams manifest documentation that the JSON schema does not enforce.
function documentedRuleErrors(manifest) {
  const errors = [];
  const add = (where, message) => errors.push({ source: "rule", path: where, message });

  if (manifest.name?.full !== undefined && manifest.name.full === manifest.name.short) {
    add("/name", "name.short and name.full must differ");
  }
  if (!manifest.description?.short || !manifest.description?.full) {
    add("/description", "description.short and description.full are both required");
  } else if (manifest.description.short === manifest.description.full) {
    add("/description", "description.short and description.full must differ");
  }
  if (typeof manifest.version === "string" && !/^\d+\.\d+\.\d+$/.test(manifest.version)) {
    add("/version", "version must be MAJOR.MINOR.PATCH");
  }
  for (const key of ["websiteUrl", "privacyUrl", "termsOfUseUrl"]) {
    const url = manifest.developer?.[key];
    if (typeof url === "string" && !url.startsWith("https://")) {
      add(`/developer/${key}`, "developer URLs must use https");
    }
  }
  for (const key of ["color", "outline"]) {
    const file = manifest.icons?.[key];
    if (typeof file === "string" && (!file.toLowerCase().endsWith(".png") || file.includes("/") || file.includes(".."))) {
      add(`/icons/${key}`, "icons must be PNG files at the package root");
    }
  }
  (manifest.bots ?? []).forEach((bot, b) => {
    (bot.commandLists ?? []).forEach((list, l) => {
      (list.commands ?? []).forEach((command, c) => {
        const where = `/bots/${b}/commandLists/${l}/commands/${c}`;
        if ((command.title ?? "").length > 32) add(`${where}/title`, "command titles are at most 32 characters");
        if ((command.description ?? "").length > 128) {
          add(`${where}/description`, "command descriptions are at most 128 characters");
        }
      });
    });
  });
  (manifest.validDomains ?? []).forEach((domain, d) => {
    if (typeof domain === "string" && /[/:]/.test(domain)) {
      add(`/validDomains/${d}`, "valid domains are host names, without scheme, port or path");
    }
  });
  return errors;
}

// The bundled Localization schema, compiled once per version. Not through AppManifestUtils: one of its patterns
// ("\\b]\\.description$" in activityTypes) is no valid unicode-mode regular expression, so it is compiled without the u flag,
// with the same draft-04 validator and formats the package uses.
const localizationValidators = new Map();
function localizationValidator(toolkit, version) {
  if (!localizationValidators.has(version)) {
    const fromPackage = createRequire(path.join(toolkit.root, "package.json"));
    const Ajv04 = fromPackage("ajv-draft-04");
    const addFormats = fromPackage("ajv-formats");
    const file = path.join(toolkit.root, "build", "json-schemas", "teams", version, "MicrosoftTeams.Localization.schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8").replace(/\\a/g, "\\u0007").replace(/\\v/g, "\\u000b"));
    const ajv = new (Ajv04.default ?? Ajv04)({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    (addFormats.default ?? addFormats)(ajv, ["uri", "email", "regex"]);
    localizationValidators.set(version, ajv.compile(schema));
  }
  return localizationValidators.get(version);
}

// The language files named in localizationInfo (Teams shows the one matching the client's language): each must
// be in the package beside the manifest, pass the Localization schema of the manifest's version, keep the
// manifest's own rules (names and descriptions differ, command lengths) and translate only fields the manifest has.
async function languageFileErrors(toolkit, manifest, manifestPath, manifestSchemaVersion) {
  const errors = [];
  const info = manifest.localizationInfo;
  if (!info) return errors;
  const add = (source, where, message) => errors.push({ source, path: where, message });

  const entries = (info.additionalLanguages ?? []).map((language, i) => ({ ...language, where: `/localizationInfo/additionalLanguages/${i}` }));
  if (info.defaultLanguageFile) entries.push({ file: info.defaultLanguageFile, where: "/localizationInfo/defaultLanguageFile" });
  const tags = new Set();
  for (const entry of entries) {
    if (entry.languageTag !== undefined) {
      const tag = entry.languageTag.toLowerCase();
      if (tag === String(info.defaultLanguageTag).toLowerCase() || tags.has(tag)) {
        add("rule", `${entry.where}/languageTag`, `language ${entry.languageTag} is listed twice (or is the default language)`);
      }
      tags.add(tag);
    }
    if (typeof entry.file !== "string" || entry.file.includes("/") || entry.file.includes("..") || !entry.file.endsWith(".json")) {
      add("rule", `${entry.where}/file`, "language files must be .json files at the package root");
      continue;
    }
    const filePath = path.join(path.dirname(manifestPath), entry.file);
    if (!existsSync(filePath)) {
      add("rule", `${entry.where}/file`, `the language file ${entry.file} is not in the package`);
      continue;
    }
    let strings;
    try {
      strings = JSON.parse(readFileSync(filePath, "utf8").replace(/^\uFEFF/, ""));
    } catch (error) {
      add("json", `${entry.file}#`, `not valid JSON: ${error.message}`);
      continue;
    }
    const expected = `https://developer.microsoft.com/json-schemas/teams/${manifestSchemaVersion}/MicrosoftTeams.Localization.schema.json`;
    if (strings.$schema !== expected) {
      add("schema", `${entry.file}#/$schema`, `must be ${expected} (the manifest's schema version)`);
    } else {
      const validate = localizationValidator(toolkit, manifestSchemaVersion);
      if (!validate(strings)) {
        for (const failure of validate.errors) {
          add("schema", `${entry.file}#${failure.instancePath}`, `${failure.message}. Details: ${JSON.stringify(failure.params)}`);
        }
      }
    }
    for (const [field, other] of [["name.short", "name.full"], ["description.short", "description.full"]]) {
      if (strings[field] !== undefined && strings[field] === strings[other]) {
        add("rule", `${entry.file}#/${other}`, `${field} and ${other} must differ`);
      }
    }
    for (const [key, value] of Object.entries(strings)) {
      const command = /^bots\[(\d+)\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/.exec(key);
      if (!command) continue;
      const [, b, l, c, field] = command;
      if (manifest.bots?.[b]?.commandLists?.[l]?.commands?.[c] === undefined) {
        add("rule", `${entry.file}#/${key}`, "translates a command the manifest does not have");
      } else if (field === "title" && value.length > 32) {
        add("rule", `${entry.file}#/${key}`, "command titles are at most 32 characters");
      } else if (field === "description" && value.length > 128) {
        add("rule", `${entry.file}#/${key}`, "command descriptions are at most 128 characters");
      }
    }
  }
  return errors;
}

async function validateFile(toolkit, validator, file) {
  const result = { file, schema: null, errors: [] };
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch (error) {
    result.errors.push({ source: "json", path: "", message: `not valid JSON: ${error.message}` });
    return result;
  }
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
    result.errors.push({ source: "json", path: "", message: "the manifest must be a JSON object" });
    return result;
  }

  const match = schemaUrlPattern.exec(manifest.$schema ?? "");
  const bundled = match && path.join(toolkit.root, "build", "json-schemas", "teams", match[1], "MicrosoftTeams.schema.json");
  if (!match) {
    result.errors.push({ source: "schema", path: "/$schema", message: "must be a Teams manifest schema URL (.../json-schemas/teams/v1.NN/MicrosoftTeams.schema.json)" });
  } else if (!existsSync(bundled)) {
    // Checked first so the package never falls back to fetching the schema from the web.
    result.errors.push({ source: "schema", path: "/$schema", message: `schema ${match[1]} is not bundled in ${validator}` });
  } else {
    result.schema = manifest.$schema;
    for (const failure of await toolkit.AppManifestUtils.validateAgainstSchema(manifest)) {
      // The package formats each failure as "<instancePath> <message>. Details: <params>".
      const space = failure.indexOf(" ");
      result.errors.push({ source: "schema", path: failure.slice(0, space), message: failure.slice(space + 1) });
    }
  }
  result.errors.push(...documentedRuleErrors(manifest));
  if (match) {
    result.errors.push(...(await languageFileErrors(toolkit, manifest, file, match[1])));
  }
  return result;
}

async function main() {
  const files = process.argv.slice(2);
  if (files.length === 0) fail("usage: node validate-manifest.js <manifest.json>...");
  for (const file of files) {
    if (!existsSync(file)) fail(`no such file: ${file}`);
  }

  const toolkit = loadToolkitPackage();
  const validator = `@microsoft/app-manifest@${toolkit.version}`;
  const results = [];
  for (const file of files) {
    results.push(await validateFile(toolkit, validator, file));
  }

  process.stdout.write(JSON.stringify({ validator, results }, null, 2) + "\n");
  process.exitCode = results.every((result) => result.errors.length === 0) ? 0 : 1;
}

main().catch((error) => fail(error.stack ?? String(error)));
