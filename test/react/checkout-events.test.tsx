import { act, fireEvent, renderHook, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import type { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import {
  CheckoutButton,
  type CheckoutEvent,
  CheckoutProvider,
  type UseCheckoutSessionOptions,
  useCheckoutSession,
  useCreateCheckoutSession,
} from '../../src/index';
import { checkoutRouteHandlers } from '../../src/testing';
import { holdAnswer, okBody, ROUTE, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

expectCheckoutWarnings();

const button = () => screen.getByRole('button');
const mouse = { button: 0, pointerType: 'mouse' };
const pause = (ms = 20) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** Every event a listener heard, as `type` plus the one detail that tells the step apart. */
function eventLog() {
  const events: CheckoutEvent[] = [];
  const listen = (event: CheckoutEvent) => {
    events.push(event);
  };
  const types = () => events.map((event) => event.type);
  return { events, listen, types };
}

let reported: MockInstance<typeof console.error>;
beforeEach(() => {
  reported = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => reported.mockRestore());

describe('onCheckoutEvent: each step of a checkout once, in order', () => {
  it('started → session_created → redirecting, with the session, the url and the input', async () => {
    const { release } = holdAnswer();
    const log = eventLog();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="price_1" quantity={2} onCheckoutEvent={log.listen}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await waitFor(() => expect(log.types()).toEqual(['started']));
    act(release);
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    const input = { priceId: 'price_1', quantity: 2 };
    expect(log.events).toEqual([
      { type: 'started', input },
      { type: 'session_created', input, checkoutSessionId: 'chckt_session_1', reused: false },
      { type: 'redirecting', input, url: okBody().url },
    ]);
    await pause();
    expect(log.events).toHaveLength(3);
  });

  it('says when the route answered an open session it had already created (reused)', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json({ ...okBody(), reused: true })));
    const log = eventLog();
    const { result } = renderHook(
      () => useCreateCheckoutSession({ redirect: false, onCheckoutEvent: log.listen }),
      {
        wrapper: Providers,
      },
    );
    const created = await act(() => result.current.createCheckoutSession({ priceSlug: 'pro' }));
    expect(created?.reused).toBe(true);
    expect(result.current.data?.reused).toBe(true);
    // No redirect asked for: no redirecting step.
    expect(log.events).toEqual([
      { type: 'started', input: { priceSlug: 'pro' } },
      {
        type: 'session_created',
        input: { priceSlug: 'pro' },
        checkoutSessionId: 'chckt_session_1',
        reused: true,
      },
    ]);
  });

  it('a failed checkout: started → failed with the error, nothing else', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.error()));
    const log = eventLog();
    renderCheckout(
      <CheckoutButton priceId="p" onCheckoutEvent={log.listen}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await screen.findByRole('alert');
    expect(log.types()).toEqual(['started', 'failed']);
    expect(log.events[1]).toMatchObject({ type: 'failed', error: { code: 'network' } });

    // A retry is a checkout of its own, with its own events.
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    fireEvent.click(button());
    await waitFor(() => expect(log.types()).toHaveLength(5));
    expect(log.types()).toEqual(['started', 'failed', 'started', 'session_created', 'redirecting']);
  });

  it('navigate failing after redirecting: failed comes last, with navigation_failed', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const log = eventLog();
    renderCheckout(
      <CheckoutButton priceId="p" onCheckoutEvent={log.listen}>
        Buy
      </CheckoutButton>,
      { navigate: async () => Promise.reject(new Error('router down')) },
    );
    fireEvent.click(button());
    await screen.findByRole('alert');
    expect(log.types()).toEqual(['started', 'session_created', 'redirecting', 'failed']);
    expect(log.events[3]).toMatchObject({ error: { code: 'navigation_failed' } });
  });

  it('a cancelled checkout (unmounted mid-flight) ends after started, without failed', async () => {
    const { arrived } = holdAnswer();
    const log = eventLog();
    const { unmount } = renderCheckout(
      <CheckoutButton priceId="p" onCheckoutEvent={log.listen}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await arrived;
    unmount();
    await pause(40);
    expect(log.types()).toEqual(['started']);
  });

  it("startOn='pointerdown': a press released off the button is no checkout; the click starts it", async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const log = eventLog();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown" onCheckoutEvent={log.listen}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), mouse);
    fireEvent.pointerUp(document.body, mouse); // released elsewhere: no click follows
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'idle'));
    await pause();
    expect(log.types()).toEqual([]);

    fireEvent.pointerDown(button(), mouse);
    await pause();
    expect(log.types()).toEqual([]);
    fireEvent.pointerUp(button(), mouse);
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(log.types()).toEqual(['started', 'session_created', 'redirecting']);
  });

  it('back from the hosted page (bfcache) and buying again: the second checkout has its own events, once', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const log = eventLog();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" onCheckoutEvent={log.listen}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    act(() => {
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    });
    expect(button()).toHaveAttribute('data-state', 'idle');
    await pause();
    expect(log.types()).toEqual(['started', 'session_created', 'redirecting']);
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(2));
    expect(log.types()).toEqual([
      'started',
      'session_created',
      'redirecting',
      'started',
      'session_created',
      'redirecting',
    ]);
  });
});

function Providers({ children }: { children: ReactNode }) {
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <CheckoutProvider navigate={() => {}}>{children}</CheckoutProvider>
    </SWRConfig>
  );
}

describe('onCheckoutEvent on CheckoutProvider', () => {
  it('hears every checkout below it, after the button’s own listener; nested providers innermost first', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const heard: string[] = [];
    const navigate = vi.fn();
    renderCheckout(
      <CheckoutProvider onCheckoutEvent={(event) => heard.push(`inner ${event.type}`)}>
        <CheckoutButton priceId="a" onCheckoutEvent={(event) => heard.push(`button ${event.type}`)}>
          A
        </CheckoutButton>
      </CheckoutProvider>,
      { navigate, onCheckoutEvent: (event) => heard.push(`outer ${event.type}`) },
    );
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(heard).toEqual([
      'button started',
      'inner started',
      'outer started',
      'button session_created',
      'inner session_created',
      'outer session_created',
      'button redirecting',
      'inner redirecting',
      'outer redirecting',
    ]);
  });

  it('a listener that throws or rejects never gets in the way: reported, and the checkout goes on', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const { navigate } = renderCheckout(
      <CheckoutButton
        priceId="p"
        onCheckoutEvent={(event) => {
          throw new Error(`button listener broke on ${event.type}`);
        }}
      >
        Buy
      </CheckoutButton>,
      {
        onCheckoutEvent: async (event) => {
          throw new Error(`provider listener broke on ${event.type}`);
        },
      },
    );
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(button()).toHaveAttribute('data-state', 'redirecting');
    await waitFor(() => expect(reported).toHaveBeenCalledTimes(6));
    expect(reported.mock.calls.map(([error]) => String(error)).sort()).toEqual(
      [
        'Error: button listener broke on started',
        'Error: button listener broke on session_created',
        'Error: button listener broke on redirecting',
        'Error: provider listener broke on started',
        'Error: provider listener broke on session_created',
        'Error: provider listener broke on redirecting',
      ].sort(),
    );
  });
});

describe("'returned' from useCheckoutSession: once per session", () => {
  const route = checkoutRouteHandlers();
  const FAST = { intervalMs: 10, maxIntervalMs: 20 };
  beforeEach(() => sessionStorage.clear());
  afterEach(() => vi.restoreAllMocks());

  function renderThanks(
    options: UseCheckoutSessionOptions,
    provider: { onCheckoutEvent?: (event: CheckoutEvent) => void } = {},
  ) {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <SWRConfig value={{ provider: () => new Map() }}>
        <CheckoutProvider {...provider}>{children}</CheckoutProvider>
      </SWRConfig>
    );
    return renderHook(() => useCheckoutSession(options), { wrapper });
  }

  it('with the status first seen and the session id, to the hook and the provider; not again on a poll or a re-render', async () => {
    server.use(route.checkoutSessionSequence(['pending', 'pending', 'succeeded']));
    const heard: string[] = [];
    const log = eventLog();
    const { result, rerender } = renderThanks(
      { poll: FAST, onCheckoutEvent: log.listen },
      { onCheckoutEvent: (event) => heard.push(`provider ${event.type}`) },
    );
    await waitFor(() => expect(result.current.status).toBe('succeeded'));
    rerender();
    await pause();
    expect(log.events).toEqual([
      { type: 'returned', status: 'pending', checkoutSessionId: 'chckt_session_msw' },
    ]);
    expect(heard).toEqual(['provider returned']);
  });

  it('not again after a reload (a new mount in the same tab)', async () => {
    server.use(route.checkoutSession('succeeded'));
    const log = eventLog();
    const first = renderThanks({ onCheckoutEvent: log.listen });
    await waitFor(() => expect(first.result.current.status).toBe('succeeded'));
    await waitFor(() => expect(log.events).toHaveLength(1));
    first.unmount();
    const second = renderThanks({ onCheckoutEvent: log.listen });
    await waitFor(() => expect(second.result.current.status).toBe('succeeded'));
    await pause();
    expect(log.events).toHaveLength(1);
  });

  it('again for another session', async () => {
    server.use(route.checkoutSession('succeeded'));
    const log = eventLog();
    const first = renderThanks({ onCheckoutEvent: log.listen });
    await waitFor(() => expect(log.events).toHaveLength(1));
    first.unmount();
    server.use(
      http.get(ROUTE, () =>
        HttpResponse.json({ checkoutSession: { id: 'chckt_session_2', status: 'failed' } }),
      ),
    );
    renderThanks({ onCheckoutEvent: log.listen });
    await waitFor(() => expect(log.events).toHaveLength(2));
    expect(log.events[1]).toEqual({
      type: 'returned',
      status: 'failed',
      checkoutSessionId: 'chckt_session_2',
    });
  });

  it('nothing when this browser has no checkout, or the route fails', async () => {
    server.use(route.noCheckoutSession());
    const log = eventLog();
    const none = renderThanks({ onCheckoutEvent: log.listen });
    await waitFor(() => expect(none.result.current.status).toBe('none'));
    none.unmount();
    server.use(route.checkoutSessionError());
    const failing = renderThanks({ onCheckoutEvent: log.listen });
    await waitFor(() => expect(failing.result.current.status).toBe('error'));
    await pause();
    expect(log.events).toEqual([]);
  });

  it('storage that throws (private mode, blocked storage) still gives returned once per page, no crash', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    server.use(route.checkoutSessionSequence(['open', 'succeeded']));
    const log = eventLog();
    const { result } = renderThanks({ poll: FAST, onCheckoutEvent: log.listen });
    await waitFor(() => expect(result.current.status).toBe('succeeded'));
    await pause();
    expect(log.types()).toEqual(['returned']);
  });
});
