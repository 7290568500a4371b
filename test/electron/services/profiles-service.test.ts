import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../support/temp-dir';
import { useCores } from './support/connect';

const connect = useCores(useTempDir());
const data = { customer: { first_name: 'Ravi' }, order: {}, event: {} };

describe('profiles service', () => {
  it('lists the seeded profiles with the default first', async () => {
    const { client } = connect();
    expect((await client.profiles.list()).map((profile) => [profile.name, profile.isDefault])).toEqual([
      ['Sample customer', true],
      ['Seller', false],
    ]);
  });

  it('creates and updates profiles, announcing each change', async () => {
    const { client, events } = connect();
    const created = await client.profiles.create({ name: 'Ravi', data });
    expect(created).toMatchObject({ name: 'Ravi', isDefault: false, data });
    const renamed = await client.profiles.update({ id: created.id, name: 'Ravi (VIP)' });
    expect(renamed).toMatchObject({ name: 'Ravi (VIP)', data });
    const changed = await client.profiles.update({ id: created.id, data: { customer: { first_name: 'R' } } });
    expect(changed.data).toEqual({ customer: { first_name: 'R' }, order: {}, event: {} });
    expect(events).toEqual([1, 2, 3].map(() => ({ event: 'profilesChanged', payload: { id: created.id } })));
  });

  it('keeps exactly one default', async () => {
    const { client } = connect();
    const ravi = await client.profiles.create({ name: 'Ravi', data });
    await client.profiles.setDefault({ id: ravi.id });
    await client.profiles.setDefault({ id: ravi.id });
    const defaults = (await client.profiles.list()).filter((profile) => profile.isDefault);
    expect(defaults.map((profile) => profile.id)).toEqual([ravi.id]);
  });

  it('hands the default role on when the default is deleted, and refuses to delete the last profile', async () => {
    const { client } = connect();
    const [customer, seller] = await client.profiles.list();
    await client.profiles.delete({ id: customer!.id });
    expect(await client.profiles.list()).toEqual([expect.objectContaining({ id: seller!.id, isDefault: true })]);
    await expect(client.profiles.delete({ id: seller!.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Seller" is the only sample profile; previews need one. Create another before deleting it.',
    });
    expect(await client.profiles.list()).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown profile and BAD_INPUT for data outside customer/order/event', async () => {
    const { client } = connect();
    await expect(client.profiles.setDefault({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      client.profiles.create({ name: 'X', data: { customer: {}, shop: {} } as never }),
    ).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
