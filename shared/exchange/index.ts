// Journey files (.journey.json): writing, reading and the pieces both need. Pure: used by the
// services, the command line and the page alike.

export {
  JOURNEY_FILE_FORMAT,
  JOURNEY_FILE_EXTENSION,
  JOURNEY_FILE_KEYS,
  type JourneyFileContents,
} from './file-format';
export {
  MAX_IMPORT_EDGES,
  MAX_IMPORT_FIELDS,
  MAX_IMPORT_NODES,
  MAX_JSON_DEPTH,
  MAX_JOURNEY_FILE_BYTES,
  MAX_REPORTED_ISSUES,
} from './limits';
export { canonicalJson } from './canonical-json';
export { parseJsonText, JsonTextError } from './json-text';
export { JourneyFileError } from './journey-file-error';
export { readJourneyFile, type ReadJourneyFile } from './read-journey-file';
export { writeJourneyFile, type JourneyFileSources, type WrittenJourneyFile } from './write-journey-file';
export { redactWebhookSecrets, type Redacted } from './redact-webhook-secrets';
export { isSecretHeaderName, isSecretQueryName } from './secret-names';
export { templateIdsOf, mapTemplateIds, type TemplateIdMapper } from './template-references';
export { usedCustomFields } from './used-fields';
export { cleanName } from './clean-name';
export { nameForImport } from './import-name';
export { journeyFileName, nameFromFileName } from './file-name';
export { utf8ByteLength, formatBytes } from './utf8-length';
