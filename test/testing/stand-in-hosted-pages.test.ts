import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startFlowgladStandIn } from '../../src/testing';
import { createSession, product } from './stand-in-helpers';

const standIn = await startFlowgladStandIn({
  customers: [
    { externalId: 'user_1', name: 'Ada', email: 'ada@example.com' },
    { externalId: 'no_email', name: 'No Email', email: '' },
    { externalId: 'bad_email', name: 'Bad Email', email: 'not-an-email' },
    { externalId: 'sam', name: 'Sam', email: 'sam@example.com' },
    { externalId: 'ivy', name: 'Ivy', email: 'ivy@example.com' },
  ],
  subscriptions: [
    { id: 'sub_sam', customerExternalId: 'sam', priceId: 'price_stand_in_pro_monthly' },
    { id: 'sub_ivy', customerExternalId: 'ivy', priceId: 'price_stand_in_pro_monthly', status: 'incomplete' },
  ],
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

type Created = { checkoutSession: { id: string }; url: string };
const open = async (input: Record<string, unknown>): Promise<Created> =>
  (await createSession(standIn, input)).json();
const pay = (url: string, form?: Record<string, string>) =>
  fetch(`${url}/pay`, {
    method: 'POST',
    redirect: 'manual',
    ...(form && { body: new URLSearchParams(form) }),
  });
const visit = (url: string) => fetch(new URL(url, standIn.url), { redirect: 'manual' });
const session = (created: Created) => standIn.sessions.get(created.checkoutSession.id);
const status = (created: Created) => session(created)?.status;
const pro = (overrides: Record<string, unknown> = {}) =>
  product({ priceId: 'price_stand_in_pro_monthly', ...overrides });
const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

describe('the product page', () => {
  it('shows product, quantity and total and a Pay button, and no cancel control', async () => {
    const created = await open(product({ quantity: 2 }));
    const page = await fetch(created.url);
    const html = await page.text();
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
    expect(html).toContain('<html lang="en">');
    expect(title(html)).toBe('Flowglad stand-in | Stand-in T-shirt');
    expect(html).toContain('<dd>2</dd>');
    expect(html).toContain('Pay $50.00');
    expect(html).toContain(`action="/checkout/${created.checkoutSession.id}/pay"`);
    expect(html).not.toMatch(/cancel/i);
    expect(html).not.toContain('https://shop.test/cart');
    expect(html).not.toContain('name="email"'); // a known customer: no email to ask
    expect((await fetch(`${created.url}/cancel`, { method: 'POST' })).status).toBe(404);
  });

  it('Pay marks succeeded and 303s to successUrl; paying again is 409', async () => {
    const created = await open(product());
    const paid = await pay(created.url);
    expect([paid.status, paid.headers.get('location')]).toEqual([303, 'https://shop.test/thanks']);
    expect(status(created)).toBe('succeeded');
    const again = await pay(created.url);
    expect([again.status, await again.text()]).toEqual([
      409,
      expect.stringContaining('This checkout is succeeded'),
    ]);
  });

  it('queued outcomes: pending goes to successUrl, failed to a failure page that links to cancelUrl; then succeeded again', async () => {
    standIn.queuePaymentOutcome('pending');
    standIn.queuePaymentOutcome('failed');
    const first = await open(product());
    const pending = await pay(first.url);
    expect([pending.headers.get('location'), status(first)]).toEqual(['https://shop.test/thanks', 'pending']);
    const second = await open(product());
    const failed = await pay(second.url);
    expect([failed.status, failed.headers.get('location'), status(second)]).toEqual([
      303,
      `/checkout/${second.checkoutSession.id}/failure`,
      'failed',
    ]);
    const failure = await (await visit(failed.headers.get('location') ?? '')).text();
    expect(failure).toContain('<h1 id="title">Payment failed</h1>');
    expect(failure).toContain('<a href="https://shop.test/cart">Back to the shop</a>');
    const third = await open(product());
    await pay(third.url);
    expect(status(third)).toBe('succeeded');
  });

  it('a session past its expiry stays open and payable (Flowglad never expires one itself)', async () => {
    const created = await open(product());
    const stored = session(created);
    if (stored) stored.expires = Date.now() - 1;
    expect((await visit(created.url)).status).toBe(200);
    expect((await pay(created.url)).status).toBe(303);
  });
});

describe('a guest pays', () => {
  it('the email field starts empty: required, type=email, a placeholder', async () => {
    const created = await open(product({ anonymous: true, customerExternalId: undefined }));
    const html = await (await fetch(created.url)).text();
    const input = /<input name="email"[^>]*>/.exec(html)?.[0] ?? '';
    expect(input).toContain('type="email"');
    expect(input).toContain(' required');
    expect(input).toContain('placeholder="you@example.com"');
    expect(input).toContain('value=""');
    expect(html).not.toContain('guest@example.com');
  });

  it.each([
    { name: 'no email', form: undefined, message: 'Enter your email address to pay.' },
    { name: 'an empty email', form: { email: '  ' }, message: 'Enter your email address to pay.' },
    { name: 'not an email', form: { email: 'ada' }, message: 'Enter a valid email address.' },
  ])(
    '$name: 400, the page again with an alert, nothing paid and no customer made',
    async ({ form, message }) => {
      const created = await open(product({ anonymous: true, customerExternalId: undefined }));
      const refused = await pay(created.url, form);
      const html = await refused.text();
      expect([refused.status, refused.headers.get('content-type')]).toEqual([
        400,
        'text/html; charset=utf-8',
      ]);
      expect(html).toContain(`<p class="alert" role="alert" id="email-error">${message}</p>`);
      expect(html).toContain('aria-describedby="email-error" aria-invalid="true"');
      expect(html).toContain('Pay $25.00');
      expect([status(created), standIn.customers.size]).toEqual(['open', 5]);
    },
  );

  it('with an email: a new customer with a random external id and that email', async () => {
    const created = await open(product({ anonymous: true, customerExternalId: undefined }));
    expect((await pay(created.url, { email: ' guest@shop.test ' })).status).toBe(303);
    const paid = session(created);
    const guest = [...standIn.customers.values()].find((customer) => customer.id === paid?.customerId);
    expect(guest).toMatchObject({
      email: 'guest@shop.test',
      externalId: expect.stringMatching(/^[0-9a-f]{10,}$/),
    });
    expect(paid).toMatchObject({ status: 'succeeded', customerEmail: 'guest@shop.test' });
  });
});

describe('pages Flowglad cannot render: a 500 (Next’s error page)', () => {
  it.each([
    {
      name: 'an unknown id',
      path: '/checkout/chckt_session_nope',
      pageTitle: 'Checkout',
      thrown: 'NotFoundError',
    },
    {
      name: 'an unknown id on the add-payment-method page',
      path: '/add-payment-method/chckt_session_nope',
      pageTitle: 'Add Payment Method',
      thrown: 'No checkout sessions found with id: chckt_session_nope',
    },
  ])('$name', async ({ path, pageTitle, thrown }) => {
    const page = await visit(path);
    const html = await page.text();
    expect([page.status, title(html)]).toEqual([500, pageTitle]);
    expect(html).toContain('Application error: a server-side exception has occurred');
    expect(html).toContain(thrown);
  });

  it('an add_payment_method session opened at /checkout/{id} (the URL its GET answers)', async () => {
    const created = await open(product({ type: 'add_payment_method', priceId: undefined }));
    const page = await visit(`/checkout/${created.checkoutSession.id}`);
    expect([page.status, await page.text()]).toEqual([500, expect.stringContaining('No price id found')]);
  });

  it.each([
    { name: 'an empty email', externalId: 'no_email', shown: 'is &#34;&#34;' },
    { name: 'an email that is not one', externalId: 'bad_email', shown: 'is &#34;not-an-email&#34;' },
  ])(
    'a customer with $name: the checkout page throws on readonlyCustomerEmail',
    async ({ externalId, shown }) => {
      const created = await open(product({ customerExternalId: externalId }));
      expect(created.url).toContain('/checkout/'); // Flowglad creates the session all the same
      const page = await visit(created.url);
      const html = await page.text();
      expect([page.status, title(html)]).toEqual([500, 'Flowglad stand-in | Stand-in T-shirt']);
      expect(html).toContain('ZodError: readonlyCustomerEmail: Invalid email address');
      expect(html).toContain(shown);
      const stored = session(created);
      if (stored) stored.status = 'succeeded';
      expect((await visit(created.url)).status).toBe(307); // the status is checked first
    },
  );
});

describe('a session no longer open: 307 to /purchase/post-payment, which sends the shopper to successUrl', () => {
  it.each([
    { name: 'a one-off price (payment intent)', input: product(), param: 'payment_intent', prefix: 'pi_' },
    { name: 'a subscription price (setup intent)', input: pro(), param: 'setup_intent', prefix: 'seti_' },
  ])('$name', async ({ input, param, prefix }) => {
    for (const settled of ['succeeded', 'failed', 'expired', 'pending'] as const) {
      const created = await open(input);
      const stored = session(created);
      if (stored) stored.status = settled;
      const page = await visit(created.url);
      const location = page.headers.get('location') ?? '';
      expect([page.status, location]).toEqual([
        307,
        expect.stringMatching(`^/purchase/post-payment\\?${param}=${prefix}`),
      ]);
      const after = await visit(location);
      expect([after.status, after.headers.get('location')]).toEqual([303, 'https://shop.test/thanks']);
    }
  });

  it('the add-payment-method page too (setup intent); it answers 404 for another session type', async () => {
    const created = await open(product({ type: 'add_payment_method', priceId: undefined }));
    expect((await pay(created.url)).status).toBe(303);
    const page = await visit(created.url);
    expect([page.status, page.headers.get('location')]).toEqual([
      307,
      expect.stringMatching(/^\/purchase\/post-payment\?setup_intent=seti_/),
    ]);
    const other = await open(product());
    expect((await visit(`/add-payment-method/${other.checkoutSession.id}`)).status).toBe(404);
  });

  it('post-payment without an intent is a 400, with an unknown one a 500', async () => {
    const none = await visit('/purchase/post-payment');
    expect([none.status, await none.text()]).toEqual([
      400,
      'Either payment_intent, setup_intent, or checkout_session is required',
    ]);
    const unknown = await visit('/purchase/post-payment?payment_intent=pi_nope');
    expect([unknown.status, await unknown.text()]).toEqual([500, 'Internal Server Error']);
  });
});

describe('a customer who already has an active paid subscription', () => {
  it('opening another subscription checkout is sent to successUrl unpaid; a one-off product is not', async () => {
    const bounce = await visit((await open(pro({ customerExternalId: 'sam' }))).url);
    expect([bounce.status, bounce.headers.get('location')]).toEqual([307, 'https://shop.test/thanks']);
    expect((await visit((await open(product({ customerExternalId: 'sam' }))).url)).status).toBe(200);
  });

  it('is sent back before the status is looked at, and for an activate_subscription session too', async () => {
    const finished = await open(pro({ customerExternalId: 'sam' }));
    const stored = session(finished);
    if (stored) stored.status = 'succeeded';
    expect((await visit(finished.url)).headers.get('location')).toBe('https://shop.test/thanks');
    const activate = await open(
      pro({
        type: 'activate_subscription',
        customerExternalId: 'sam',
        priceId: undefined,
        targetSubscriptionId: 'sub_sam',
      }),
    );
    expect((await visit(activate.url)).headers.get('location')).toBe('https://shop.test/thanks');
  });

  it('an incomplete subscription does not count until it is active', async () => {
    const created = await open(pro({ customerExternalId: 'ivy' }));
    expect((await visit(created.url)).status).toBe(200);
    const ivy = standIn.subscriptions.find((subscription) => subscription.id === 'sub_ivy');
    if (ivy) ivy.status = 'active';
    expect((await visit(created.url)).headers.get('location')).toBe('https://shop.test/thanks');
  });

  it('paying a subscription makes one; the next subscription checkout bounces', async () => {
    const first = await open(pro());
    await pay(first.url);
    expect(standIn.subscriptions.at(-1)).toMatchObject({ customerExternalId: 'user_1', status: 'active' });
    expect((await visit((await open(pro())).url)).status).toBe(307);
  });
});

describe('the add-payment-method page', () => {
  it('links back to cancelUrl with a styled link, and Save settles the session', async () => {
    const created = await open(product({ type: 'add_payment_method', priceId: undefined }));
    const html = await (await fetch(created.url)).text();
    expect(title(html)).toBe('Add Payment Method');
    expect(html).toContain('Save payment method');
    expect(html).toContain('<a class="back" href="https://shop.test/cart">← Back</a>');
    expect(html).toMatch(/\ba\{color:#111;font-weight:600;text-decoration:none/);
    expect(html).toMatch(/\.back\{[^}]*font-size/);
    const saved = await pay(created.url);
    expect([saved.status, saved.headers.get('location'), status(created)]).toEqual([
      303,
      'https://shop.test/thanks',
      'succeeded',
    ]);
  });
});

describe('a stand-in that allows several subscriptions per customer', () => {
  it('does not bounce the second subscription checkout', async () => {
    const lenient = await startFlowgladStandIn({
      customers: [{ externalId: 'user_1', email: 'one@example.com' }],
      allowMultipleSubscriptionsPerCustomer: true,
    });
    try {
      const created = async () =>
        (await createSession(lenient, product({ priceId: 'price_stand_in_pro_monthly' }))).json();
      await pay((await created()).url);
      expect((await fetch((await created()).url, { redirect: 'manual' })).status).toBe(200);
    } finally {
      await lenient.close();
    }
  });
});
