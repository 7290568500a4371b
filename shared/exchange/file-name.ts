import { JOURNEY_FILE_EXTENSION } from './file-format';

const MAX_SLUG_LENGTH = 80;

/**
 * "Welcome series (DE)" → "welcome-series-de.journey.json". Accents are dropped, other letters
 * of any script kept, so every system can save the file under that name.
 */
export function journeyFileName(journeyName: string): string {
  const slug = journeyName
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
  return `${slug || 'journey'}${JOURNEY_FILE_EXTENSION}`;
}

/** The name a file suggests for its journey when the journey has none: "welcome-series". */
export function nameFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  return base.replace(/\.journey\.json$/i, '').replace(/\.json$/i, '');
}
