// @vitest-environment node
import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { SWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';
import {
  CheckoutButton,
  CheckoutProvider,
  type CheckoutSessionState,
  useCheckoutSession,
} from '../../src/index';

/** The server's HTML as a browser without JavaScript reads it: the form, what it would post, and where. */
function formOf(html: string) {
  const { document } = new JSDOM(`<!doctype html><body>${html}</body>`).window;
  const forms = document.querySelectorAll('form');
  const form = forms[0];
  if (forms.length !== 1 || !form) throw new Error(`expected one form in ${html}`);
  const fields = [...form.elements].map((element) => ({
    tag: element.tagName.toLowerCase(),
    type: element.getAttribute('type'),
    name: element.getAttribute('name'),
  }));
  const posted = form.querySelector<HTMLInputElement>('input[name="checkoutSession"]')?.value;
  return {
    form,
    method: form.getAttribute('method'),
    action: form.getAttribute('action'),
    fields,
    session: posted === undefined ? undefined : JSON.parse(posted),
  };
}

/** An element's attributes, whatever order the React version writes them in. */
const attributes = (element: Element) =>
  Object.fromEntries(element.getAttributeNames().map((name) => [name, element.getAttribute(name)]));

describe('server rendering: the button works before hydration, as a form post', () => {
  it('renders a form posting the session to the endpoint, without touching window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
    const html = renderToString(
      <CheckoutProvider endpoint="/api/pay">
        <CheckoutButton priceId="price_123" quantity={2} className="buy">
          Buy
        </CheckoutButton>
      </CheckoutProvider>,
    );
    const { form } = formOf(html);
    expect(attributes(form)).toEqual({
      action: '/api/pay',
      'data-checkout-form': '',
      method: 'post',
      style: 'display:contents',
    });
    expect(form.innerHTML).toBe(
      '<input type="hidden" name="checkoutSession" value="{&quot;priceId&quot;:&quot;price_123&quot;,&quot;quantity&quot;:2,&quot;type&quot;:&quot;product&quot;}">' +
        '<button class="buy" data-state="idle" type="submit">Buy</button>',
    );
    // Nothing but the form: the alert comes after it, once there is one.
    expect(html.startsWith('<form') && html.endsWith('</form>')).toBe(true);
  });

  it('holds exactly the session field and the submit button; nothing else is posted', () => {
    const { method, action, fields, session } = formOf(
      renderToString(
        <CheckoutButton
          priceSlug="pro"
          successUrl="/thanks"
          outputMetadata={{ campaign: 'spring', n: 2 }}
          outputName="Spring order"
        >
          Buy
        </CheckoutButton>,
      ),
    );
    expect({ method, action }).toEqual({ method: 'post', action: '/api/checkout-sessions' });
    expect(fields).toEqual([
      { tag: 'input', type: 'hidden', name: 'checkoutSession' },
      { tag: 'button', type: 'submit', name: null },
    ]);
    // Relative and absent return URLs stay as given: the route resolves them against the page.
    expect(session).toEqual({
      type: 'product',
      priceSlug: 'pro',
      successUrl: '/thanks',
      outputMetadata: { campaign: 'spring', n: 2 },
      outputName: 'Spring order',
    });
  });

  it.each([
    {
      name: 'add_payment_method',
      ui: <CheckoutButton type="add_payment_method">Update card</CheckoutButton>,
      session: { type: 'add_payment_method' },
    },
    {
      name: 'activate_subscription',
      ui: (
        <CheckoutButton
          type="activate_subscription"
          targetSubscriptionId="sub_1"
          cancelUrl="https://shop.test/"
        >
          Activate
        </CheckoutButton>
      ),
      session: {
        type: 'activate_subscription',
        targetSubscriptionId: 'sub_1',
        cancelUrl: 'https://shop.test/',
      },
    },
  ])('posts the $name session type as given', ({ ui, session }) => {
    expect(formOf(renderToString(ui)).session).toEqual(session);
  });

  it('asChild: the form wraps the child; a link follows its href before hydration', () => {
    const { form, action, session } = formOf(
      renderToString(
        <CheckoutButton asChild priceSlug="pro">
          <a href="/pricing">Buy</a>
        </CheckoutButton>,
      ),
    );
    expect({ action, session }).toEqual({
      action: '/api/checkout-sessions',
      session: { type: 'product', priceSlug: 'pro' },
    });
    expect(form.lastElementChild?.outerHTML).toBe('<a href="/pricing" data-state="idle">Buy</a>');
  });

  it('asChild: a submit <button> child posts the form before hydration', () => {
    const { fields } = formOf(
      renderToString(
        <CheckoutButton asChild priceId="p">
          <button type="submit" className="fancy">
            Buy
          </button>
        </CheckoutButton>,
      ),
    );
    expect(fields).toEqual([
      { tag: 'input', type: 'hidden', name: 'checkoutSession' },
      { tag: 'button', type: 'submit', name: null },
    ]);
  });
});

function Thanks({ initialSession }: { initialSession: CheckoutSessionState }) {
  const { status, isLoading } = useCheckoutSession({ initialSession });
  return <p data-loading={String(isLoading)}>{status}</p>;
}

describe('server rendering: the thanks page from handler.getCheckoutSession', () => {
  const render = (initialSession: CheckoutSessionState) =>
    renderToString(
      <SWRConfig value={{ provider: () => new Map() }}>
        <Thanks initialSession={initialSession} />
      </SWRConfig>,
    );

  it('shows the status on first paint, never "loading"', () => {
    const summary = {
      id: 'chckt_1',
      status: 'succeeded' as const,
      type: 'product' as const,
      livemode: false,
      priceId: 'price_1',
      quantity: 1,
      outputName: null,
      outputMetadata: null,
      createdAt: null,
      expires: null,
    };
    expect(render({ status: 'succeeded', checkoutSession: summary })).toBe(
      '<p data-loading="false">succeeded</p>',
    );
    expect(render({ status: 'none', checkoutSession: null })).toBe('<p data-loading="false">none</p>');
  });
});
