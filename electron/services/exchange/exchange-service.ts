import { ApiError, MAX_JOURNEY_FILE_BYTES, type Contract, type ServiceImpl } from '../../../shared/contract/index';
import type { ServiceContext } from '../context';
import type { NativeDialogs } from '../ports/native-dialogs';
import { exportJourney } from './export-journey';
import { importJourney } from './import-journey';

// Dialog filters match the last extension only on some platforms, so the filter is on "json".
const JOURNEY_FILE_FILTERS = [{ name: 'Journey files (.journey.json)', extensions: ['json'] }];

/** Journey files: export as .journey.json text or through the save dialog, import as a new draft. */
export function createExchangeService(ctx: ServiceContext): ServiceImpl<Contract['services']['exchange']> {
  function requireDialogs(reason: string): NativeDialogs {
    if (ctx.dialogs === null) throw new ApiError('UNAVAILABLE', reason);
    return ctx.dialogs;
  }

  return {
    export: ({ id }) => exportJourney(ctx, id),
    exportToFile: async ({ id }) => {
      const dialogs = requireDialogs('Saving to a file needs the desktop app; in the browser the export downloads.');
      const file = exportJourney(ctx, id);
      const saved = await dialogs.saveFile({
        title: 'Export journey',
        defaultPath: file.fileName,
        filters: JOURNEY_FILE_FILTERS,
        content: file.content,
      });
      return { path: saved?.path ?? null, warnings: file.warnings };
    },
    import: ({ content, fileName }) => importJourney(ctx, content, fileName),
    importFromFile: async () => {
      const dialogs = requireDialogs(
        'Opening a journey file needs the desktop app; in the browser, choose the file in the page to upload it.',
      );
      let opened;
      try {
        opened = await dialogs.openFile({
          title: 'Import journey',
          filters: JOURNEY_FILE_FILTERS,
          maxBytes: MAX_JOURNEY_FILE_BYTES,
        });
      } catch (error) {
        // The dialog reads the file too: a file too large or unreadable is the user's to fix, not an internal error.
        throw new ApiError('BAD_INPUT', `The file could not be read: ${(error as Error).message}`);
      }
      return opened === null ? null : importJourney(ctx, opened.content, opened.name);
    },
  };
}
