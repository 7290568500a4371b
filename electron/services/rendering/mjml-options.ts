/**
 * The options of every email render. The worker receives them with each request, so a test can
 * call mjml2html with exactly these and expect byte-identical HTML.
 * `ignoreIncludes` (mjml's default) is spelled out because it matters: templates come from
 * other people too, and mj-include would read files from this machine.
 */
export const MJML_OPTIONS = Object.freeze({ validationLevel: 'soft', ignoreIncludes: true } as const);
