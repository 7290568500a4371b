import { templateIdsOf, writeJourneyFile, type WrittenJourneyFile } from '../../../shared/exchange/index';
import type { Journey } from '../../../shared/model/index';
import type { Template } from '../../../shared/templates/index';
import type { ServiceContext } from '../context';
import { PACKAGES_SETTING, readPackageSettings } from '../../../shared/guided/package-settings';

function journeyFileOf(ctx: ServiceContext, journey: Journey, templates: readonly Template[]): WrittenJourneyFile {
  const { custom } = readPackageSettings(ctx.store.settings.all()[PACKAGES_SETTING]);
  return writeJourneyFile({ journey, templates: [...templates], fields: ctx.store.fields.list(), packages: custom });
}

/** The .journey.json text of a stored journey, with the templates it names and the custom fields it uses. */
export function exportJourney(ctx: ServiceContext, id: string): WrittenJourneyFile {
  const { journey } = ctx.store.journeys.require(id);
  const templates = templateIdsOf(journey).flatMap((templateId): Template[] => {
    const template = ctx.store.templates.find(templateId);
    return template === undefined ? [] : [template];
  });
  return journeyFileOf(ctx, journey, templates);
}

/**
 * The .journey.json text of one frozen version: its document with the templates as they were
 * frozen with it (not as they have been edited since), and the custom fields it uses.
 */
export function exportVersion(ctx: ServiceContext, journeyId: string, version: number): WrittenJourneyFile | undefined {
  const frozen = ctx.store.versions.find(journeyId, version);
  return frozen === undefined ? undefined : journeyFileOf(ctx, frozen.journey, frozen.templates);
}
