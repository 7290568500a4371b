import { CURRENT_SCHEMA_VERSION, type Journey } from '../model/index';
import type { CustomField } from '../audience/customer-fields';
import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import type { Template } from '../templates/template';
import { canonicalJson } from './canonical-json';
import { journeyFileName } from './file-name';
import { JOURNEY_FILE_FORMAT } from './file-format';
import { redactWebhookSecrets } from './redact-webhook-secrets';
import { templateIdsOf } from './template-references';
import { usedCustomFields } from './used-fields';
import type { EventPackage } from '../guided/package-schema';
import { packagesUsedBy } from '../guided/used-packages';

export interface JourneyFileSources {
  journey: Journey;
  /** Templates the journey may name; those it does not name are left out of the file. */
  templates: readonly Template[];
  /** The project's custom fields; those the journey and its templates do not use are left out. */
  fields: readonly CustomField[];
  /** The custom event packages; those its order-event entries name are written with it. */
  packages?: readonly EventPackage[];
  /** What the steps name and read, by kind: the app's kinds unless given. */
  kinds?: StepKindRegistry;
}

export interface WrittenJourneyFile {
  fileName: string;
  content: string;
  /** What the file leaves out that the user may need to know about (secrets, missing templates). */
  warnings: string[];
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The .journey.json text of a journey (format in file-format.ts): the same input gives the same bytes. */
export function writeJourneyFile({
  journey,
  templates,
  fields,
  packages = [],
  kinds = stepKinds,
}: JourneyFileSources): WrittenJourneyFile {
  const redacted = redactWebhookSecrets(journey, kinds);
  const warnings = [...redacted.warnings];
  const byId = new Map(templates.map((template) => [template.id, template]));
  const included: Template[] = [];
  for (const id of templateIdsOf(journey, kinds)) {
    const template = byId.get(id);
    if (template === undefined)
      warnings.push(`Template "${id}" is named by a step but does not exist, so the file does not include it.`);
    else included.push(template);
  }
  included.sort((a, b) => byCodeUnits(a.id, b.id));
  const usedPackages = packagesUsedBy(journey, packages);
  const document = {
    format: JOURNEY_FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    journey: { ...redacted.journey, status: 'draft' },
    templates: included,
    fields: usedCustomFields(journey, included, fields, kinds),
    // Only when there are any, so files of journeys without custom packages stay as they were.
    ...(usedPackages.length > 0 ? { packages: usedPackages } : {}),
  };
  return { fileName: journeyFileName(journey.name), content: canonicalJson(document), warnings };
}
