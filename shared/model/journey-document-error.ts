/**
 * A document that cannot even be migrated (not an object, no usable schemaVersion, made by a
 * newer app). Shape problems inside a migratable document surface as zod's ZodError instead.
 */
export class JourneyDocumentError extends Error {
  override readonly name = 'JourneyDocumentError';

  constructor(
    message: string,
    /** Where the problem is, in the same notation as formatZodIssues ("" for the document itself). */
    readonly path: string,
  ) {
    super(message);
  }
}
