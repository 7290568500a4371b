import { describe, expect, it } from 'vitest';
import { checkProfileJson, profileJsonText } from '../../../renderer/src/templates/profiles/profile-json';

describe('sample profile JSON', () => {
  it('accepts customer, order and event objects, filling in missing ones', () => {
    expect(checkProfileJson('{ "customer": { "first_name": "Ada" } }')).toEqual({
      ok: true,
      data: { customer: { first_name: 'Ada' }, order: {}, event: {} },
    });
  });

  it('names the line and column of a syntax error', () => {
    const checked = checkProfileJson('{\n  "customer": { "first_name": "Ada" }\n  "order": {}\n}');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(/^Line 3, column 3: /);
  });

  it('says what is wrong with the shape', () => {
    expect(checkProfileJson('[]')).toMatchObject({ ok: false, message: expect.stringContaining('JSON object') });
    expect(checkProfileJson('{ "name": "Ada" }')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Unknown key "name"'),
    });
    expect(checkProfileJson('{ "customer": "Ada" }')).toMatchObject({
      ok: false,
      message: '"customer" must be an object, like { "first_name": "Ada" }.',
    });
  });

  it('round-trips through the text the editor shows', () => {
    const data = { customer: { first_name: 'Ada' }, order: { id: 7 }, event: {} };
    expect(checkProfileJson(profileJsonText(data))).toEqual({ ok: true, data });
  });
});
