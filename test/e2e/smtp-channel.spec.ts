import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { createNode, type Journey, type JourneyNode } from '../../shared/model/index';
import { expect, test } from './support/fixtures';
import { createJourney, openJourney, step } from './support/editor-page';
import { callApi } from './support/journey-api';

const MJML =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Your parcel is on its way, {{ customer.customerId }}.</mj-text></mj-column></mj-section></mj-body></mjml>';

/** A real SMTP server on 127.0.0.1 that takes one login, keeps every mail and refuses one mailbox. */
async function startMailServer() {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth(auth, _session, done) {
      if (auth.username === 'shop' && auth.password === 'mail-pass-1') return done(null, { user: 'shop' });
      return done(new Error('Invalid login'));
    },
    onRcptTo(address, _session, done) {
      if (address.address === 'nobody@example.com') {
        const refusal = new Error('5.1.1 nobody@example.com: no such mailbox') as Error & { responseCode: number };
        refusal.responseCode = 550;
        return done(refusal);
      }
      return done();
    },
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { mails, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test('Email over SMTP: set up in Settings, Test connection, a test send from a message step arrives, and a refusal shows its text', async ({
  page,
  app,
}) => {
  const mail = await startMailServer();
  try {
    const template = await callApi<{ id: string }>(page.request, app, 'templates', 'create', {
      channel: 'email',
      name: 'Shipped email',
      content: { subject: 'Your parcel has shipped', preheader: 'On its way', fromName: 'Shop', mjml: MJML },
    });
    const journey = await createJourney(page, app, 'Shipping mail', (empty): Journey => ({
      ...empty,
      nodes: [
        createNode('entry', { id: 'start', position: { x: 0, y: 0 }, label: 'Everyone' }),
        {
          ...createNode('message', { id: 'shipped', position: { x: 320, y: 0 }, label: 'Shipped' }),
          config: { channel: 'email', templateId: template.id, variables: {}, fallbacks: [] },
        } as JourneyNode,
        createNode('exit', { id: 'done', position: { x: 640, y: 0 }, label: 'Done' }),
      ],
      edges: [
        { id: 'e1', source: 'start', sourceHandle: 'next', target: 'shipped' },
        { id: 'e2', source: 'shipped', sourceHandle: 'next', target: 'done' },
      ],
    }));

    await page.goto(app.openUrl);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const email = page.getByRole('group', { name: 'Email provider' });
    await email.getByLabel('Provider').selectOption({ label: 'Email over SMTP' });
    await email.getByLabel('SMTP server').fill('127.0.0.1');
    await email.getByLabel('Port').fill(String(mail.port));
    await email.getByLabel('Encryption').selectOption('none');
    await email.getByLabel('User name (optional)').fill('shop');
    await email.getByLabel('Password (optional)').fill('wrong-pass');
    await email.getByLabel('From address').fill('news@shop.example.com');
    await email.getByRole('button', { name: 'Test connection' }).click();
    await expect(email.getByRole('alert')).toContainText('Invalid login');
    await email.getByLabel('Password (optional)').fill('mail-pass-1');
    await email.getByRole('button', { name: 'Test connection' }).click();
    await expect(email.getByRole('status')).toHaveText(
      `Connected to SMTP server 127.0.0.1:${mail.port} and logged in as shop`,
    );
    await email.getByRole('button', { name: 'Save' }).click();
    // After saving, the password is never shown again.
    await expect(email.getByText('••••')).toBeVisible();
    await expect(email.getByLabel('Password (optional)')).toHaveCount(0);

    await openJourney(page, app, journey.id, 'Shipping mail');
    await step(page, 'Shipped').click();
    await page
      .getByRole('complementary', { name: 'Inspector' })
      .getByRole('button', { name: 'Test send', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Test send: Email' });
    await dialog.getByLabel('Recipient').fill('ada@example.com');
    await dialog.getByRole('button', { name: 'Send test' }).click();
    await expect(dialog.getByRole('status')).toContainText('Sent to ada@example.com via smtp: message id');
    await expect.poll(() => mail.mails.length).toBe(1);
    const [received] = mail.mails;
    expect(received!.subject).toBe('Your parcel has shipped');
    expect(received!.from?.value[0]).toEqual(expect.objectContaining({ address: 'news@shop.example.com' }));
    expect(received!.html).toContain('Your parcel is on its way');
    expect(received!.text).toContain('Your parcel is on its way');
    expect(`${received!.html}${received!.text}`).not.toContain('{{');

    await dialog.getByLabel('Recipient').fill('nobody@example.com');
    await dialog.getByRole('button', { name: 'Send test' }).click();
    await expect(dialog.getByRole('alert')).toContainText('no such mailbox');
    expect(mail.mails).toHaveLength(1);
  } finally {
    await mail.close();
  }
});
