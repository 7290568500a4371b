import { describe, expect, it } from 'vitest';
import { defaultContent } from '../../../../shared/templates/index';
import type { RenderDiagnostic } from '../../../../shared/templates/render-result';
import { defaults, sampleData, usePipelines } from './support/pipeline';
import { MISBEHAVING_WORKER_PATH, simpleMjml } from './support/workers';

const pipeline = usePipelines();
const email = (mjml: string, extra: Partial<ReturnType<typeof defaultContent<'email'>>> = {}) => ({
  ...defaultContent('email'),
  mjml,
  ...extra,
});
const only = (diagnostics: RenderDiagnostic[], source: RenderDiagnostic['source']) =>
  diagnostics.filter((d) => d.source === source);

describe('render pipeline: Liquid', () => {
  it('reports a Liquid error at its line and column in the field', async () => {
    const result = await pipeline().render({
      channel: 'sms',
      content: { body: 'Hi {{ customer.first_name }},\nyour order {% if order.id %}is on its way', senderId: '' },
      ...defaults(),
    });
    expect(result.ok).toBe(false);
    expect(only(result.diagnostics, 'liquid')).toEqual([
      {
        severity: 'error',
        source: 'liquid',
        field: 'body',
        message: expect.stringMatching(/not closed/),
        line: 2,
        column: 12,
      },
    ]);
    // The preview keeps the text while a tag is half typed.
    expect(result.output.body).toContain('{% if order.id %}');
  });

  it('names nested fields: buttons, wallet fields, WhatsApp parameters', async () => {
    const render = pipeline();
    const inapp = await render.render({
      channel: 'inapp',
      content: {
        title: 'Hi',
        body: 'Body',
        imageUrl: '',
        buttons: [
          { label: 'Track {{ order.awb }}', action: '{{ order.tracking_url }}' },
          { label: 'Later', action: '{{ oops' },
        ],
      },
      ...defaults(),
    });
    expect(inapp.output.buttons).toEqual([
      { label: 'Track 77894410223', action: 'https://track.example.com/awb/77894410223' },
      { label: 'Later', action: '{{ oops' },
    ]);
    expect(only(inapp.diagnostics, 'liquid').map((d) => d.field)).toEqual(['buttons[1].action']);
    const wallet = await render.render({
      channel: 'wallet',
      content: {
        passType: 'coupon',
        title: '{{ customer.loyalty_tier }} member',
        fields: [{ label: 'Name', value: '{{ customer.first_name | upcase }}' }],
        barcodeValue: '{{ customer.customerId }}',
      },
      ...defaults(),
    });
    expect(wallet.output).toEqual({
      passType: 'coupon',
      title: 'Gold member',
      fields: [{ label: 'Name', value: 'MAYA' }],
      barcodeValue: 'C-104293',
    });
    const telegram = await render.render({
      channel: 'telegram',
      content: {
        text: '<b>{{ order.id }}</b> shipped',
        parseMode: 'HTML',
        buttons: [{ text: 'Track', url: '{{ order.tracking_url }}' }],
      },
      ...defaults(),
    });
    expect(telegram.output).toMatchObject({
      text: '<b>ORD-58213</b> shipped',
      buttons: [{ text: 'Track', url: 'https://track.example.com/awb/77894410223' }],
    });
  });

  it('fills WhatsApp {{n}} from Liquid parameters for the preview and keeps them in the approved body', async () => {
    const result = await pipeline().render({
      channel: 'whatsapp',
      content: {
        templateName: 'order_shipped',
        language: 'en',
        headerText: 'Order {{1}}',
        body: 'Hi {{1}}, your order {{ 2 }} is on its way with {{ order.courier }}.',
        footer: 'Reply STOP to opt out',
        buttons: [{ type: 'url', text: 'Track', url: 'https://track.example.com/{{1}}' }],
        parameters: { '1': 'customer.first_name', '2': '{{ order.id }}/{{ order.awb }}' },
      },
      ...defaults(),
    });
    expect(result.output).toMatchObject({
      headerText: 'Order {{1}}',
      body: 'Hi {{1}}, your order {{2}} is on its way with BlueDart.',
      parameters: { '1': 'Maya', '2': 'ORD-58213/77894410223' },
      preview: 'Hi Maya, your order ORD-58213/77894410223 is on its way with BlueDart.',
      buttons: [{ type: 'url', text: 'Track', url: 'https://track.example.com/{{1}}' }],
    });
    expect(result.diagnostics).toEqual([]);
    expect(result.variables.used).toEqual(['customer.first_name', 'order.awb', 'order.courier', 'order.id']);
  });

  it('reports a broken parameter expression at its own column', async () => {
    const result = await pipeline().render({
      channel: 'whatsapp',
      content: {
        ...defaultContent('whatsapp'),
        templateName: 'x',
        body: 'Hi {{1}}',
        parameters: { '1': 'customer.first_name | nosuchfilter' },
      },
      ...defaults(),
    });
    expect(only(result.diagnostics, 'liquid')).toEqual([
      expect.objectContaining({ field: 'parameters.1', line: 1, column: 1 }),
    ]);
  });
});

describe('render pipeline: variables', () => {
  const body =
    'Hi {{ customer.first_name }} {{ customer.nickname }},\nuse {{ event.properties.coupon }} — {{ customer.email }}';

  it('lists used variables and flags the undefined ones as warnings where they are used', async () => {
    const result = await pipeline().render({ channel: 'sms', content: { body, senderId: '' }, ...defaults() });
    expect(result.variables).toEqual({
      used: ['customer.email', 'customer.first_name', 'customer.nickname', 'event.properties.coupon'],
      // customer.email is a built-in customer field: defined for every contact even if this profile lacked it.
      undefined: ['customer.nickname', 'event.properties.coupon'],
      notCustomerFields: [],
    });
    expect(only(result.diagnostics, 'variable')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'body',
        line: 1,
        column: 33,
        message: expect.stringContaining('"customer.nickname"'),
      }),
      expect.objectContaining({
        severity: 'warning',
        field: 'body',
        line: 2,
        column: 8,
        message: expect.stringContaining('"event.properties.coupon"'),
      }),
    ]);
    expect(result.ok).toBe(true);
    expect(result.output.body).toBe('Hi Maya ,\nuse  — maya.fernandes@example.com');
  });

  it('trusts known customer fields the profile does not fill', async () => {
    const result = await pipeline().render({
      channel: 'sms',
      content: { body, senderId: '' },
      ...defaults({ knownCustomerFields: ['nickname'] }),
    });
    expect(result.variables.undefined).toEqual(['event.properties.coupon']);
  });

  it('flags a customer key the sample profile fills but no customer field defines, naming it', async () => {
    const result = await pipeline().render({
      channel: 'sms',
      content: { body, senderId: '' },
      ...defaults({ knownCustomerFields: ['last_name'] }),
    });
    // The preview still shows the sample's value, but real contacts have no such key.
    expect(result.output.body).toBe('Hi Maya ,\nuse  — maya.fernandes@example.com');
    expect(result.variables.notCustomerFields).toEqual(['customer.first_name']);
    expect(result.variables.undefined).toEqual(['customer.nickname', 'event.properties.coupon']);
    expect(only(result.diagnostics, 'variable')).toContainEqual({
      severity: 'warning',
      source: 'variable',
      field: 'body',
      line: 1,
      column: 7,
      message:
        '"customer.first_name" is not a customer field: only the sample profile has it, so real contacts get nothing there. ' +
        'Add a customer field "first_name" under Customer fields, or use another variable.',
    });
    expect(result.ok).toBe(true);

    const strict = await pipeline().render({
      channel: 'sms',
      content: { body: 'Hi {{ customer.first_name }}', senderId: '' },
      ...defaults({ knownCustomerFields: [], strictVariables: true }),
    });
    expect(strict.ok).toBe(false);
    expect(only(strict.diagnostics, 'variable').map((d) => [d.severity, d.message.slice(0, 40)])).toEqual([
      ['error', '"customer.first_name" is not a customer '],
    ]);
  });

  it('makes them errors in strict mode, once each', async () => {
    const result = await pipeline().render({
      channel: 'sms',
      content: { body, senderId: '' },
      ...defaults({ strictVariables: true }),
    });
    expect(result.ok).toBe(false);
    const variables = only(result.diagnostics, 'variable');
    expect(variables.map((d) => [d.severity, d.line])).toEqual([
      ['error', 1],
      ['error', 2],
    ]);
    // Liquid's own report (with its position) stands for the variable; the analysis adds no second one.
    expect(variables[0]).toMatchObject({ message: 'Undefined variable "customer.nickname"', column: 33 });
  });
});

describe('render pipeline: SMS', () => {
  it('counts segments on the rendered text: a name that expands to an emoji flips it to UCS-2', async () => {
    const render = pipeline();
    const content = { body: 'Hi {{ customer.first_name }}, your parcel is on its way.', senderId: 'SHOP' };
    const plain = await render.render({ channel: 'sms', content, ...defaults() });
    expect(plain.sms).toMatchObject({
      encoding: 'GSM-7',
      segments: 1,
      characters: 'Hi Maya, your parcel is on its way.'.length,
    });
    const data = sampleData();
    (data.customer as Record<string, unknown>).first_name = 'Maya 🌸';
    const emoji = await render.render({ channel: 'sms', content, ...defaults({ data }) });
    expect(emoji.sms).toMatchObject({ encoding: 'UCS-2', firstUcs2Character: '🌸', segments: 1 });
    const long = await render.render({
      channel: 'sms',
      content: { body: '{{ order.tracking_url }} '.repeat(6), senderId: '' },
      ...defaults(),
    });
    expect(long.sms!.segments).toBe(2);
  });
});

describe('render pipeline: email', () => {
  it('HTML-escapes variables in the body unless piped through raw; subject stays plain text', async () => {
    const data = sampleData();
    (data.customer as Record<string, unknown>).first_name = '<b>Ann & "Co"</b>';
    const result = await pipeline().render({
      channel: 'email',
      content: email(
        simpleMjml(
          'Hi {{ customer.first_name }} / {{ customer.first_name | raw }}',
          '\n        <mj-button href="{{ order.tracking_url }}?a=1&amp;b=2">Track</mj-button>',
        ),
        {
          subject: 'For {{ customer.first_name }}',
        },
      ),
      ...defaults({ data }),
    });
    expect(result.output.subject).toBe('For <b>Ann & "Co"</b>');
    expect(result.output.mjml).toContain('Hi &lt;b&gt;Ann &amp; &#34;Co&#34;&lt;/b&gt; / <b>Ann & "Co"</b>');
    expect(result.output.html).toContain('Hi &lt;b&gt;Ann &amp; &#34;Co&#34;&lt;/b&gt; / <b>Ann & "Co"</b>');
    expect(result.output.text).toContain('Hi <b>Ann & "Co"</b> / Ann & "Co"');
  });

  it('lets the body read the rendered subject and preheader', async () => {
    const mjml = simpleMjml('{{ preheader }}').replace(
      '<mjml>',
      '<mjml>\n  <mj-head><mj-title>{{ subject }}</mj-title></mj-head>',
    );
    const result = await pipeline().render({
      channel: 'email',
      content: email(mjml, { subject: 'Order {{ order.id }}', preheader: 'On its way' }),
      ...defaults(),
    });
    expect(result.output.html).toContain('On its way');
    expect(result.output.html).toContain('<title>Order ORD-58213</title>');
    expect(result.variables.undefined).toEqual([]);
  });

  it('turns an unknown MJML tag into a line-numbered diagnostic', async () => {
    const result = await pipeline().render({
      channel: 'email',
      content: email(simpleMjml('Hi', '\n        <mj-txt>typo</mj-txt>')),
      ...defaults(),
    });
    expect(only(result.diagnostics, 'mjml')).toEqual([
      {
        severity: 'error',
        source: 'mjml',
        field: 'mjml',
        line: 6,
        message: "Element mj-txt doesn't exist or is not registered",
      },
    ]);
    expect(result.ok).toBe(false);
  });

  it('finds an unclosed tag MJML itself would swallow silently', async () => {
    const source = simpleMjml('Hi').replace('</mj-text>', '');
    const result = await pipeline().render({ channel: 'email', content: email(source), ...defaults() });
    expect(only(result.diagnostics, 'mjml')).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 5,
        message: expect.stringMatching(/<mj-text> is never closed/),
      }),
    ]);
  });

  it('says which text MJML line numbers count when Liquid changed the number of lines', async () => {
    const source = simpleMjml(
      '{% for item in order.items %}\n{{ item.name }}\n{% endfor %}',
      '\n        <mj-txt>typo</mj-txt>',
    );
    const result = await pipeline().render({ channel: 'email', content: email(source), ...defaults() });
    expect(only(result.diagnostics, 'mjml')[0]!.message).toMatch(/\(line \d+ of the MJML after Liquid\)$/);
  });

  it('reports a document that is not MJML at all', async () => {
    const result = await pipeline().render({ channel: 'email', content: email('<p>plain html</p>'), ...defaults() });
    expect(only(result.diagnostics, 'mjml')).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringMatching(/Malformed MJML/) }),
    ]);
    expect(result.output.html).toBe('');
  });

  it('answers with an error, never a hang, when the worker crashes, and renders again afterwards', async () => {
    const render = pipeline({ workerPath: MISBEHAVING_WORKER_PATH });
    const crashed = await render.render({
      channel: 'email',
      content: email(simpleMjml('x', '<!-- test:exit -->')),
      ...defaults(),
    });
    expect(crashed.ok).toBe(false);
    expect(only(crashed.diagnostics, 'mjml')[0]!.message).toMatch(/stopped unexpectedly/);
    const again = await render.render({
      channel: 'email',
      content: email(simpleMjml('x', '<!-- test:exit -->')),
      ...defaults(),
    });
    expect(again.cached).toBe(false);
    const fine = await render.render({ channel: 'email', content: email(simpleMjml('fine')), ...defaults() });
    expect(fine.ok).toBe(true);
    expect(render.mjml!.workersStarted).toBe(3);
  });

  it('says so when no worker was configured', async () => {
    const result = await pipeline({ workerPath: null }).render({
      channel: 'email',
      content: email(simpleMjml('x')),
      ...defaults(),
    });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        source: 'mjml',
        severity: 'error',
        message: expect.stringMatching(/without the MJML worker/),
      }),
    ]);
  });
});

describe('render pipeline: cache', () => {
  it('renders without the cache when asked to, neither answering from it nor filling it', async () => {
    const render = pipeline();
    const content = email(simpleMjml('Hi {{ customer.first_name }}'));
    const first = await render.render({ channel: 'email', content, ...defaults(), cache: false });
    const again = await render.render({ channel: 'email', content, ...defaults(), cache: false });
    const cachedCall = await render.render({ channel: 'email', content, ...defaults() });
    expect([first.cached, again.cached, cachedCall.cached]).toEqual([false, false, false]);
    expect({ ...again, renderMs: 0 }).toEqual({ ...first, renderMs: 0 });
    expect((await render.render({ channel: 'email', content, ...defaults() })).cached).toBe(true);
  });

  it('answers a repeated render from the cache and misses on any change of content, data or strictness', async () => {
    const render = pipeline();
    const content = email(simpleMjml('Hi {{ customer.first_name }}'));
    const first = await render.render({ channel: 'email', content, ...defaults() });
    const second = await render.render({ channel: 'email', content: structuredClone(content), ...defaults() });
    expect([first.cached, second.cached]).toEqual([false, true]);
    expect({ ...second, cached: false, renderMs: 0 }).toEqual({ ...first, renderMs: 0 });
    expect(second.renderMs).toBeLessThan(first.renderMs);

    const edited = await render.render({
      channel: 'email',
      content: { ...content, mjml: content.mjml.replace('Hi', 'Hi!') },
      ...defaults(),
    });
    expect(edited.cached).toBe(false);
    const data = sampleData();
    (data.customer as Record<string, unknown>).first_name = 'Ravi';
    const otherData = await render.render({ channel: 'email', content, ...defaults({ data }) });
    expect(otherData.cached).toBe(false);
    expect(otherData.output.html).toContain('Hi Ravi');
    expect((await render.render({ channel: 'email', content, ...defaults({ strictVariables: true }) })).cached).toBe(
      false,
    );
    expect(
      (await render.render({ channel: 'email', content, ...defaults({ subjectless: true } as never) })).cached,
    ).toBe(true);
  });

  it('forgets the least recently used entry first', async () => {
    const render = pipeline({ cacheEntries: 2 });
    const sms = (body: string) => ({ channel: 'sms' as const, content: { body, senderId: '' }, ...defaults() });
    await render.render(sms('a'));
    await render.render(sms('b'));
    await render.render(sms('a'));
    await render.render(sms('c'));
    expect((await render.render(sms('a'))).cached).toBe(true);
    expect((await render.render(sms('b'))).cached).toBe(false);
  });
});
