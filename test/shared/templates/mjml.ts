import { createRequire } from 'node:module';

/**
 * mjml for tests only (shared/ must not depend on it). mjml ships no type declarations, and a
 * `declare module 'mjml'` here could clash with the one the rendering pipeline declares, so it is
 * loaded through require with the small typed surface these tests use. In mjml 5 it is async.
 */
export interface MjmlError {
  line: number;
  message: string;
  tagName: string;
  formattedMessage: string;
}
export interface MjmlResult {
  html: string;
  errors: MjmlError[];
}
export type Mjml2Html = (
  mjml: string,
  options?: { validationLevel?: 'strict' | 'soft' | 'skip'; minify?: boolean },
) => Promise<MjmlResult>;

const require = createRequire(import.meta.url);
export const mjml2html = require('mjml') as Mjml2Html;
