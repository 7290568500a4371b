import type { CustomField } from '../audience/customer-fields';
import type { Journey } from '../model/journey';
import type { Template } from '../templates/template';
import type { EventPackage } from '../guided/package-schema';

/**
 * A `.journey.json` file: one journey with everything it needs to open on another machine.
 *
 *   {
 *     "format": "journey-studio.journey",
 *     "schemaVersion": 2,              the journey schema version it was written with
 *     "journey": { …journey document… },
 *     "templates": [ …templates named by message steps and fallbacks, sorted by id… ],
 *     "fields": [ …custom customer fields the journey or its templates use, sorted by key… ],
 *     "packages": [ …custom event packages its order-event entries name, sorted by id; only when any… ]
 *   }
 *
 * Object keys are sorted at every level, indented by two spaces, with a trailing newline, and the
 * file holds no time of export, so exporting the same journey twice gives the same bytes and files
 * diff cleanly in version control. The journey is written as a draft (a file is a design, not a
 * running state), ids stay as they are, and secrets are left out (see redact-webhook-secrets.ts).
 *
 * Reading also accepts a bare journey document (what is inside "journey"), which is handy for
 * files written by hand; it then brings no templates or fields.
 */
export const JOURNEY_FILE_FORMAT = 'journey-studio.journey';
export const JOURNEY_FILE_EXTENSION = '.journey.json';

/** The top-level keys of a journey file, in the order messages list them. */
export const JOURNEY_FILE_KEYS = ['format', 'schemaVersion', 'journey', 'templates', 'fields', 'packages'] as const;

export interface JourneyFileContents {
  journey: Journey;
  templates: Template[];
  fields: CustomField[];
  /** Custom event packages (built-in ones are in every app, so a file never carries them). */
  packages: EventPackage[];
}
