import { initialSchema } from './001-initial';
import { templatesSchema } from './002-templates';
import { contactsSchema } from './003-contacts';
import { lifecycleSchema } from './004-lifecycle';
import { contactIndexesSchema } from './005-contact-indexes';
import { sendingSchema } from './006-sending';
import { engineSchema } from './007-engine';
import { seededProfileFieldsSchema } from './008-seeded-profile-fields';
import { contactChangesSchema } from './009-contact-changes';
import { statisticsIndexesSchema } from './010-statistics-indexes';
import { secretsSchema } from './011-secrets';
import { secretsOutOfDocumentsSchema } from './012-secrets-out-of-documents';
import { journeyApiSchema } from './013-journey-api';
import { publisherSchema } from './014-publisher';
import { journeyApiSendsSchema } from './015-journey-api-sends';
import type { StoreMigration } from './types';

/** Append new steps here; never edit one that has shipped. */
export const storeMigrations: readonly StoreMigration[] = [
  initialSchema,
  templatesSchema,
  contactsSchema,
  lifecycleSchema,
  contactIndexesSchema,
  sendingSchema,
  engineSchema,
  seededProfileFieldsSchema,
  contactChangesSchema,
  statisticsIndexesSchema,
  secretsSchema,
  secretsOutOfDocumentsSchema,
  journeyApiSchema,
  publisherSchema,
  journeyApiSendsSchema,
];

export const LATEST_DATABASE_VERSION = storeMigrations[storeMigrations.length - 1]!.version;
