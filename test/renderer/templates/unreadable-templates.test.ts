import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/src/store/app-store';
import { useInProcessClient } from '../../support/in-process-client';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const connect = useInProcessClient(tempDir);

describe('the template library with a damaged template row', () => {
  it('loads the readable templates, lists the damaged one apart and can delete it', async () => {
    const api = connect();
    await api.client.templates.create({ channel: 'sms', name: 'Fine SMS' });
    api.core.context.store.db
      .prepare(
        `INSERT INTO templates (id, channel, name, language, content, created_at, updated_at)
         VALUES ('tpl_fax', 'fax', 'Old fax', '', '{}', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`,
      )
      .run();
    const store = createAppStore(api.client);

    await store.getState().loadTemplates();
    expect(store.getState().templatesStatus).toBe('ready');
    expect(store.getState().templates.map((template) => template.name)).toEqual(['Fine SMS']);
    expect(store.getState().unreadableTemplates).toMatchObject([{ id: 'tpl_fax', name: 'Old fax', channel: 'fax' }]);

    await store.getState().deleteTemplate('tpl_fax');
    expect(store.getState().unreadableTemplates).toEqual([]);
    expect(store.getState().templates.map((template) => template.name)).toEqual(['Fine SMS']);
  });
});
