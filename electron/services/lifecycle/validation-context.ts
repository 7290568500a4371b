import {
  validateJourney,
  validationTemplateOf,
  type Diagnostic,
  type ValidationContext,
  type ValidationTemplate,
} from '../../../shared/validation/index';
import type { Journey } from '../../../shared/model/index';
import { currentFields } from '../audience/fields-service';
import type { ServiceContext } from '../context';
import { configuredChannels } from './configured-channels';

export interface JourneyChecker {
  /** Everything the app knows right now: templates, customer fields, configured channels, the time. */
  context(): ValidationContext;
  check(journey: Journey, context?: ValidationContext): Diagnostic[];
}

/**
 * Validates journeys against the store. Reading a template's variables means parsing its Liquid,
 * so each template is analysed once per revision (id + updatedAt) for the life of the services;
 * the dashboard validates every journey on each listing and would otherwise redo it per journey.
 */
export function createJourneyChecker(ctx: ServiceContext): JourneyChecker {
  const analysed = new Map<string, { updatedAt: string; template: ValidationTemplate }>();

  function templates(): Map<string, ValidationTemplate> {
    const byId = new Map<string, ValidationTemplate>();
    for (const template of ctx.store.templates.list()) {
      let entry = analysed.get(template.id);
      if (entry === undefined || entry.updatedAt !== template.updatedAt) {
        entry = { updatedAt: template.updatedAt, template: validationTemplateOf(template) };
        analysed.set(template.id, entry);
      }
      byId.set(template.id, entry.template);
    }
    for (const id of analysed.keys()) if (!byId.has(id)) analysed.delete(id);
    return byId;
  }

  function context(): ValidationContext {
    return {
      templates: templates(),
      fields: currentFields(ctx.store),
      configuredChannels: configuredChannels(ctx.store.settings.all()),
      secretNames: new Set(ctx.secrets.list().map((secret) => secret.name)),
      now: ctx.now(),
    };
  }

  return {
    context,
    check: (journey, given) => validateJourney(journey, given ?? context()),
  };
}
