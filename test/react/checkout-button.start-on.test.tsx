import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { CheckoutButton, type CheckoutError } from '../../src/index';
import { okBody, ROUTE, requests, server, serveWithMsw } from '../msw-server';
import { expectCheckoutWarnings } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

expectCheckoutWarnings();

const button = () => screen.getByRole('button');
const mouse = { button: 0, pointerType: 'mouse' };
const pause = (ms = 20) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

/** The route holds each answer until released; `aborted` tells whether the browser gave up on it. */
function heldRoute(body: object = okBody()) {
  const held: { release: () => void; aborted: () => boolean }[] = [];
  server.use(
    http.post(ROUTE, async ({ request }) => {
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      held.push({ release, aborted: () => request.signal.aborted });
      await released;
      return HttpResponse.json(body);
    }),
  );
  /** Resolves once `count` requests have come in. */
  const arrived = (count: number) => waitFor(() => expect(held).toHaveLength(count));
  return { held, arrived };
}

/** A press and release on the button, as a mouse makes it: the click comes in the same task as pointerup. */
const pressAndClick = (element: HTMLElement) => {
  fireEvent.pointerDown(element, mouse);
  fireEvent.pointerUp(element, mouse);
  fireEvent.click(element);
};

describe("startOn: 'pointerdown'", () => {
  it('a press starts the request; the click that follows navigates as soon as the answer is in', async () => {
    const route = heldRoute();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown">
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), mouse);
    await route.arrived(1);
    expect(requests).toHaveLength(1);
    expect(button()).toHaveAttribute('data-state', 'creating');
    expect(button()).toHaveAttribute('aria-busy', 'true');
    // Still enabled while the press waits for its click: a disabled button would get no click.
    expect(button()).toBeEnabled();

    fireEvent.pointerUp(button(), mouse);
    fireEvent.click(button());
    expect(button()).toBeDisabled();
    expect(navigate).not.toHaveBeenCalled();
    act(() => route.held[0]?.release());
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(okBody().url));
    expect(requests).toHaveLength(1);
  });

  it('an answer already in when the click comes navigates at once', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const onSuccess = vi.fn();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown" onSuccess={onSuccess}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), { ...mouse, pointerType: 'touch' });
    await pause(50); // the answer is in; the press is still down
    expect(requests).toHaveLength(1);
    expect(navigate).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
    fireEvent.pointerUp(button(), { ...mouse, pointerType: 'touch' });
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(requests).toHaveLength(1);
  });

  it('a press released off the button aborts the request, never navigates, and the next press starts over', async () => {
    const route = heldRoute();
    const onError = vi.fn();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown" onError={onError}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), mouse);
    await route.arrived(1);
    fireEvent.pointerUp(document.body, mouse); // released elsewhere: no click follows
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'idle'));
    expect(route.held[0]?.aborted()).toBe(true);
    act(() => route.held[0]?.release());
    await pause();
    expect(navigate).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
    expect(button()).toBeEnabled();

    pressAndClick(button());
    await route.arrived(2);
    act(() => route.held[1]?.release());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(requests).toHaveLength(2);
  });

  it('a press cancelled by scrolling (pointercancel) aborts too', async () => {
    const route = heldRoute();
    renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown">
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), { ...mouse, pointerType: 'touch' });
    await route.arrived(1);
    fireEvent.pointerCancel(button(), { pointerType: 'touch' });
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'idle'));
    expect(route.held[0]?.aborted()).toBe(true);
  });

  it('keyboard activation (no press) starts on click, as with startOn click', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown">
        Buy
      </CheckoutButton>,
    );
    const user = userEvent.setup();
    button().focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(requests).toHaveLength(1);
  });

  it('a second press and click while busy send nothing more', async () => {
    const route = heldRoute();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown">
        Buy
      </CheckoutButton>,
    );
    pressAndClick(button());
    await route.arrived(1);
    pressAndClick(button());
    pressAndClick(button());
    await pause();
    expect(requests).toHaveLength(1);
    act(() => route.held[0]?.release());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    pressAndClick(button()); // redirecting: ignored too
    await pause();
    expect(requests).toHaveLength(1);
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('an error during the press shows at the click, with the button usable', async () => {
    server.use(
      http.post(ROUTE, () =>
        HttpResponse.json(
          { error: { code: 'unauthenticated', message: 'Please sign in.' } },
          { status: 401 },
        ),
      ),
    );
    const onError = vi.fn<(error: CheckoutError) => void>();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown" onError={onError}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), mouse);
    await pause(50);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(onError).not.toHaveBeenCalled();
    fireEvent.pointerUp(button(), mouse);
    fireEvent.click(button());
    expect(await screen.findByRole('alert')).toHaveTextContent('Please sign in.');
    expect(button()).toBeEnabled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0].routeCode).toBe('unauthenticated');
    expect(requests).toHaveLength(1);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('works with asChild: a pressed link starts the checkout and its click never follows the href', async () => {
    const route = heldRoute();
    const { navigate } = renderCheckout(
      <CheckoutButton asChild priceId="p" startOn="pointerdown">
        <a href="/pricing">Buy</a>
      </CheckoutButton>,
    );
    const link = screen.getByRole('link');
    fireEvent.pointerDown(link, mouse);
    await route.arrived(1);
    let followed: boolean | undefined;
    const watch = (event: Event) => {
      followed = !event.defaultPrevented;
    };
    document.addEventListener('click', watch);
    fireEvent.pointerUp(link, mouse);
    fireEvent.click(link);
    document.removeEventListener('click', watch);
    expect(followed).toBe(false);
    act(() => route.held[0]?.release());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  });

  it("preventDefault in the consumer's onPointerDown skips the head start; the click still checks out", async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown" onPointerDown={(event) => event.preventDefault()}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), mouse);
    await pause();
    expect(requests).toHaveLength(0);
    fireEvent.pointerUp(button(), mouse);
    fireEvent.click(button());
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(requests).toHaveLength(1);
  });

  it("preventDefault in the consumer's onClick cancels the pressed checkout: aborted, no navigation", async () => {
    const route = heldRoute();
    const { navigate } = renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown" onClick={(event) => event.preventDefault()}>
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), mouse);
    await route.arrived(1);
    fireEvent.pointerUp(button(), mouse);
    fireEvent.click(button());
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'idle'));
    expect(route.held[0]?.aborted()).toBe(true);
    act(() => route.held[0]?.release());
    await pause();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('ignores other mouse buttons', async () => {
    renderCheckout(
      <CheckoutButton priceId="p" startOn="pointerdown">
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), { ...mouse, button: 2 });
    await pause();
    expect(requests).toHaveLength(0);
    expect(button()).toHaveAttribute('data-state', 'idle');
  });

  it("is taken from the provider; the button's own startOn wins", async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const { rerender } = renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>, {
      startOn: 'pointerdown',
    });
    fireEvent.pointerDown(button(), mouse);
    await waitFor(() => expect(requests).toHaveLength(1));
    fireEvent.pointerUp(document.body, mouse);
    await waitFor(() => expect(button()).toHaveAttribute('data-state', 'idle'));

    rerender(
      <CheckoutButton priceId="p" startOn="click">
        Buy
      </CheckoutButton>,
    );
    fireEvent.pointerDown(button(), mouse);
    await pause();
    expect(requests).toHaveLength(1);
  });
});

describe("startOn: 'click' (the default)", () => {
  it('a press alone sends nothing', async () => {
    renderCheckout(<CheckoutButton priceId="p">Buy</CheckoutButton>);
    fireEvent.pointerDown(button(), mouse);
    await pause();
    expect(requests).toHaveLength(0);
  });
});
