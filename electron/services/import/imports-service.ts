import { CustomFieldSchema, fieldLookup, type CountryCode, type CustomField } from '../../../shared/audience/index';
import { ApiError, type Contract, type ServiceImpl } from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import { currentFields } from '../audience/fields-service';
import { suggestMapping } from './column-mapping';
import { readCsvHead } from './csv-preview';
import { rebuildDeferredIndexes } from './deferred-indexes';
import { startImportJob, type ImportJob } from './import-job';
import type { ColumnPlan } from './import-rows';
import { templateCsv } from './template-csv';
import { resolveSource, saveUpload } from './uploads';

type Imports = ServiceImpl<Contract['services']['imports']>;
type StartInput = Parameters<Imports['start']>[0];

export interface ImportsServiceOptions {
  /** Rows per transaction; tests use small batches to see batch boundaries. */
  batchSize?: number;
  /** From how many rows an import sets the contact indexes aside (tests lower it). */
  bulkMinRows?: number;
  /** The bundled import worker; large files are read on it. */
  workerPath?: string;
  /** From what file size the worker reads (tests lower it). */
  workerMinBytes?: number;
}

/** Turns the mapping into a plan by column position, naming every mistake. */
function planColumns(
  ctx: ServiceContext,
  columns: readonly string[],
  input: StartInput,
): { plan: ColumnPlan[]; newFields: CustomField[] } {
  const fields = currentFields(ctx.store);
  const lookup = fieldLookup(fields);
  const plan: ColumnPlan[] = [];
  const newFields: CustomField[] = [];
  const target = new Map<string, string>();
  for (const name of Object.keys(input.mapping)) {
    if (!columns.includes(name))
      throw new ApiError('BAD_INPUT', `The file has no column "${name}".`, [
        { path: `mapping.${name}`, message: 'No such column' },
      ]);
  }
  columns.forEach((column, index) => {
    const mapping = input.mapping[column] ?? { to: 'ignore' as const };
    if (mapping.to === 'ignore') return;
    let field = lookup(mapping.key);
    if (mapping.to === 'newField') {
      if (field !== undefined)
        throw new ApiError('CONFLICT', `The field "${mapping.key}" exists already; map "${column}" to it instead.`);
      const parsed = CustomFieldSchema.safeParse({ key: mapping.key, label: column.slice(0, 100), type: mapping.type });
      if (!parsed.success)
        throw new ApiError(
          'BAD_INPUT',
          `Column "${column}": ${parsed.error.issues[0]?.message ?? 'not a valid new field'}`,
          [{ path: `mapping.${column}`, message: parsed.error.issues[0]?.message ?? '' }],
        );
      newFields.push(parsed.data);
      field = { ...parsed.data, builtIn: false };
    }
    if (field === undefined)
      throw new ApiError(
        'BAD_INPUT',
        `Column "${column}" is mapped to "${mapping.key}", which is not a customer field.`,
        [{ path: `mapping.${column}`, message: 'Unknown field' }],
      );
    const earlier = target.get(field.key);
    if (earlier !== undefined)
      throw new ApiError(
        'BAD_INPUT',
        `Columns "${earlier}" and "${column}" are both mapped to ${field.key}; map one of them.`,
      );
    target.set(field.key, column);
    plan.push({ index, field });
  });
  if (!target.has('customerId'))
    throw new ApiError('BAD_INPUT', 'Map a column to customerId: contacts are matched by it.', [
      { path: 'mapping', message: 'customerId is not mapped' },
    ]);
  return { plan, newFields };
}

export function createImportsService(ctx: ServiceContext, options: ImportsServiceOptions = {}): Imports {
  // An import that was stopped by a crash left its indexes set aside: searches need them back.
  rebuildDeferredIndexes(ctx.store.db);
  const jobs = new Map<string, ImportJob>();
  const requireJob = (jobId: string): ImportJob => {
    const job = jobs.get(jobId);
    if (job === undefined)
      throw new ApiError('NOT_FOUND', `There is no import "${jobId}" (imports are forgotten when the app restarts).`);
    return job;
  };

  return {
    upload: async (body) => ({ uploadId: await saveUpload(ctx.dataDir, body) }),
    preview: ({ source, delimiter, encoding }) => {
      const head = readCsvHead(resolveSource(ctx.dataDir, source, ctx.host), { delimiter, encoding });
      return { ...head, suggestedMapping: suggestMapping(head.columns, currentFields(ctx.store)) };
    },
    start: (input) => {
      const file = resolveSource(ctx.dataDir, input.source, ctx.host);
      const head = readCsvHead(file, { delimiter: input.delimiter, encoding: input.encoding });
      const { plan, newFields } = planColumns(ctx, head.columns, input);
      let list: Parameters<typeof startImportJob>[1]['list'] = null;
      if (input.addToList && 'listId' in input.addToList) {
        if (!ctx.store.lists.exists(input.addToList.listId))
          throw new ApiError('NOT_FOUND', `There is no contact list with id "${input.addToList.listId}".`);
        list = { id: input.addToList.listId };
      } else if (input.addToList) {
        const name = input.addToList.newListName;
        if (ctx.store.lists.list().some((existing) => existing.name.toLowerCase() === name.toLowerCase())) {
          throw new ApiError('CONFLICT', `There is already a list named "${name}".`);
        }
        list = { id: ctx.newId(), name, create: true };
      }
      const jobId = ctx.newId();
      const job = startImportJob(
        ctx.store,
        {
          jobId,
          file,
          encoding: head.encoding,
          delimiter: head.delimiter,
          columns: head.columns,
          plan,
          existing: input.existing,
          defaultCountry: input.defaultCountry.toUpperCase() as CountryCode,
          newFields,
          list,
          now: ctx.now(),
          batchSize: options.batchSize,
          bulkMinRows: options.bulkMinRows,
          workerPath: options.workerPath,
          workerMinBytes: options.workerMinBytes,
        },
        (summary) => ctx.events.emit('importProgress', summary),
        () => ctx.events.emit('contactsChanged', { reason: 'import' }),
      );
      jobs.set(jobId, job);
      return job.summary();
    },
    status: ({ jobId }) => requireJob(jobId).summary(),
    cancel: ({ jobId }) => {
      const job = requireJob(jobId);
      job.cancel();
      return job.summary();
    },
    rejects: ({ jobId }) => ({
      fileName: `import-rejects-${jobId.slice(0, 8)}.csv`,
      csv: requireJob(jobId).rejectsCsv(),
    }),
    template: () => ({ fileName: 'contacts-template.csv', csv: templateCsv(currentFields(ctx.store)) }),
  };
}
