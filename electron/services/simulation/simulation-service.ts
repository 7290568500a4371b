import type { Contact } from '../../../shared/audience/index';
import {
  ApiError,
  type ContractImpl,
  type Contract,
  type SimulatedProfile,
  type Template,
} from '../../../shared/contract/index';
import { templateIdsOf } from '../../../shared/exchange/template-references';
import type { Journey } from '../../../shared/model/index';
import { validationTemplateOf } from '../../../shared/validation/index';
import type { ServiceContext } from '../context';
import { journeyErrorsRefusal } from '../lifecycle/activation';
import { createJourneyChecker } from '../lifecycle/validation-context';
import { currentFields } from '../audience/fields-service';
import { generateProfiles } from './generated-profiles';
import type { MjmlRenderer } from '../rendering/mjml-renderer';
import { simulate, SimulationError } from './simulate';

export interface SimulationServiceOptions {
  /** For journeys with email steps: without it their renders answer with an error, as in the sender. */
  mjmlWorkerPath?: string;
  /** The host's MJML worker: a run renders with it (warm) rather than starting its own. */
  mjml?: MjmlRenderer;
}

const WARM_UP_MJML =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>';

/** What the simulation runs: a frozen version with its frozen templates, or the current document with today's. */
function journeyToRun(ctx: ServiceContext, journeyId: string, version: number | undefined) {
  if (version !== undefined) {
    const found = ctx.store.versions.find(journeyId, version);
    if (found === undefined) throw new ApiError('NOT_FOUND', `The journey "${journeyId}" has no version ${version}.`);
    return { journey: found.journey, templates: found.templates };
  }
  const journey: Journey = ctx.store.journeys.require(journeyId).journey;
  const templates: Template[] = [];
  for (const id of templateIdsOf(journey)) {
    const template = ctx.store.templates.list().find((candidate) => candidate.id === id);
    if (template !== undefined) templates.push(template);
  }
  return { journey, templates };
}

/** The contacts one entry of the input stands for; generated ones numbered from `firstGenerated`. */
function profileOf(
  ctx: ServiceContext,
  journey: Journey,
  profile: SimulatedProfile,
  index: number,
  firstGenerated: number,
): (Contact | Record<string, unknown>)[] {
  if (profile.type === 'generated')
    return generateProfiles(journey, currentFields(ctx.store), profile.count, profile.seed ?? 1, firstGenerated);
  if (profile.type === 'contact') {
    const contact = ctx.store.contacts.find(profile.customerId);
    if (contact === undefined)
      throw new ApiError('NOT_FOUND', `profiles[${index}].customerId: there is no contact "${profile.customerId}".`);
    return [contact];
  }
  if (profile.type === 'sample') {
    const sample = ctx.store.profiles.find(profile.profileId);
    if (sample === undefined)
      throw new ApiError(
        'NOT_FOUND',
        `profiles[${index}].profileId: there is no sample profile "${profile.profileId}".`,
      );
    return [{ customerId: `sample-${index + 1}`, ...sample.data.customer }];
  }
  return [{ customerId: `profile-${index + 1}`, ...profile.fields }];
}

export function createSimulationService(
  ctx: ServiceContext,
  options: SimulationServiceOptions = {},
): ContractImpl<Contract>['simulation'] {
  const checker = createJourneyChecker(ctx);
  return {
    prepare: async (input) => {
      const { templates } = journeyToRun(ctx, input.journeyId, input.version);
      const email = templates.some((template) => template.channel === 'email');
      // An empty document loads mjml and warms it: the run's first hundreds of renders go at full speed.
      if (email && options.mjml) await options.mjml.render(WARM_UP_MJML);
      return { email };
    },
    run: async (input) => {
      const { journey, templates } = journeyToRun(ctx, input.journeyId, input.version);
      // The engine trusts what it runs to be valid, as Activate makes sure: a simulation checks the same.
      const context = checker.context();
      const errors = checker
        .check(
          journey,
          input.version === undefined
            ? context
            : {
                ...context,
                templates: new Map(templates.map((template) => [template.id, validationTemplateOf(template)])),
              },
        )
        .filter((diagnostic) => diagnostic.severity === 'error');
      if (errors.length > 0) throw journeyErrorsRefusal(journey.name, errors, 'cannot be tried until they are fixed');
      // Generated batches number on from the one before (generated-1…, then generated-31…), and each
      // profile remembers its entry in the input, so a refusal names the entry that was sent.
      const profiles: (Contact | Record<string, unknown>)[] = [];
      const profileSources: string[] = [];
      let generated = 0;
      for (const [index, profile] of input.profiles.entries()) {
        const made = profileOf(ctx, journey, profile, index, generated + 1);
        if (profile.type === 'generated') generated += made.length;
        for (const one of made) {
          profiles.push(one);
          profileSources.push(
            profile.type === 'generated' ? `profiles[${index}] (${String(one.customerId)})` : `profiles[${index}]`,
          );
        }
      }
      try {
        return await simulate({
          journey,
          templates,
          fields: ctx.store.fields.list(),
          profiles,
          profileSources,
          entryEvent: input.entryEvent,
          events: input.events,
          start: ctx.clock.now(),
          horizonMs: input.horizonMs,
          version: input.version ?? null,
          mjmlWorkerPath: options.mjmlWorkerPath,
          mjml: options.mjml,
          timelinesFor: input.timelinesFor,
          timelineOf: input.timelineOf,
        });
      } catch (error) {
        if (error instanceof SimulationError) throw new ApiError('BAD_INPUT', error.message);
        throw error;
      }
    },
  };
}
