import type { z } from 'zod';
import { ApiError, type ImportResultSchema } from '../../../shared/contract/index';
import {
  cleanName,
  JourneyFileError,
  mapTemplateIds,
  nameForImport,
  nameFromFileName,
  readJourneyFile,
  type ReadJourneyFile,
} from '../../../shared/exchange/index';
import { CURRENT_SCHEMA_VERSION, stepDisplayName } from '../../../shared/model/index';
import type { ServiceContext } from '../context';
import { importFields } from './import-fields';
import { importTemplates } from './import-templates';
import { moveJourneyCredentials } from '../../../shared/secrets/move-webhook-credentials';
import { secretStoreSink } from '../secrets/secret-sink';
import { importPackages } from './import-packages';

export type ImportResult = z.input<typeof ImportResultSchema>;

/** The file, read whole, or BAD_INPUT / TOO_LARGE naming every problem with its JSON path. */
export function readForImport(content: string): ReadJourneyFile {
  try {
    return readJourneyFile(content);
  } catch (error) {
    if (error instanceof JourneyFileError) throw new ApiError(error.code, error.message, error.issues);
    throw error;
  }
}

/**
 * Imports a .journey.json text as a new draft journey. Everything is written in one transaction:
 * when anything fails, nothing of the file is saved. Events go out after the commit.
 */
export function importJourney(ctx: ServiceContext, content: string, fileName?: string): ImportResult {
  const file = readForImport(content);
  const { store } = ctx;
  const now = ctx.now().toISOString();
  const warnings: string[] = [];
  if (file.schemaVersion < CURRENT_SCHEMA_VERSION) {
    warnings.push(
      `The file was written with journey schema version ${file.schemaVersion} and has been upgraded to version ${CURRENT_SCHEMA_VERSION}.`,
    );
  }

  const outcome = store.transaction(() => {
    const templates = importTemplates(store, file.templates, ctx.newId, now);
    const missing = new Set<string>();
    const document = mapTemplateIds(file.journey, (templateId, node) => {
      const mapped = templates.idMap.get(templateId);
      if (mapped !== undefined) return mapped;
      if (store.templates.find(templateId) !== undefined) return templateId;
      const warning = `Step ${JSON.stringify(stepDisplayName(node))} used template "${templateId}", which is neither in the file nor in this app; the step now has no template.`;
      if (!missing.has(warning)) warnings.push(warning);
      missing.add(warning);
      return null;
    });
    const fieldsCreated = importFields(store, file.fields, now, warnings);
    importPackages(store, file.packages, warnings);
    const wantedName = file.journey.name || cleanName(nameFromFileName(fileName ?? '')) || 'Imported journey';
    // A bare document may carry credentials written out: they go to the secret store, never into the journey.
    const { journey } = moveJourneyCredentials(
      {
        ...document,
        id: ctx.newId(),
        name: nameForImport(wantedName, store.journeys.names()),
        status: 'draft',
        createdAt: now,
        updatedAt: now,
      },
      secretStoreSink(ctx.secrets),
    );
    const stored = store.journeys.insert(journey);
    return { stored, templates, fieldsCreated };
  });

  const { stored, templates, fieldsCreated } = outcome;
  ctx.events.emit('journeyChanged', { id: stored.journey.id, change: 'created', revision: stored.revision });
  for (const template of templates.created) ctx.events.emit('templateChanged', { id: template.id, change: 'created' });
  if (fieldsCreated.length > 0) ctx.events.emit('contactsChanged', { reason: 'fields' });
  return {
    journey: stored.journey,
    revision: stored.revision,
    liveVersion: stored.liveVersion,
    draftOpen: stored.draftOpen,
    templatesImported: templates.created.length,
    templatesReused: templates.reused,
    fieldsCreated,
    warnings,
  };
}
