import { templateIdsOf, writeJourneyFile, type WrittenJourneyFile } from '../../../shared/exchange/index';
import type { Template } from '../../../shared/templates/index';
import type { ServiceContext } from '../context';
import { PACKAGES_SETTING, readPackageSettings } from '../../../shared/guided/package-settings';

/** The .journey.json text of a stored journey, with the templates it names and the custom fields it uses. */
export function exportJourney(ctx: ServiceContext, id: string): WrittenJourneyFile {
  const { journey } = ctx.store.journeys.require(id);
  const templates = templateIdsOf(journey).flatMap((templateId): Template[] => {
    const template = ctx.store.templates.find(templateId);
    return template === undefined ? [] : [template];
  });
  const { custom } = readPackageSettings(ctx.store.settings.all()[PACKAGES_SETTING]);
  return writeJourneyFile({ journey, templates, fields: ctx.store.fields.list(), packages: custom });
}
