import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { type ComponentProps, createRef, forwardRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CheckoutButton } from '../../src/index';
import { holdAnswer, okBody, ROUTE, requests, server, serveWithMsw } from '../msw-server';
import { consoleMessages } from '../setup-dom';
import { renderCheckout } from './render-checkout';

serveWithMsw();

const Fancy = forwardRef<HTMLButtonElement, ComponentProps<'button'>>(function Fancy(props, ref) {
  return <button ref={ref} type="button" {...props} className={`fancy ${props.className ?? ''}`} />;
});

describe('CheckoutButton asChild', () => {
  it("renders the user's link with the behaviour merged in, instead of following its href", async () => {
    const { release } = holdAnswer();
    const ref = createRef<HTMLAnchorElement>();
    const onClick = vi.fn();
    let followed: boolean | undefined;
    const { navigate } = renderCheckout(
      <CheckoutButton asChild priceId="p" className="from-button" ref={ref as never}>
        <a href="/pricing" className="from-link" onClick={onClick}>
          Buy now
        </a>
      </CheckoutButton>,
    );
    expect(screen.queryByRole('button')).toBeNull();
    const link = screen.getByRole('link', { name: 'Buy now' });
    expect(ref.current).toBe(link);
    expect(link).toHaveAttribute('href', '/pricing');
    expect(link).toHaveAttribute('data-state', 'idle');
    expect(link).toHaveClass('from-button', 'from-link');
    expect(link).not.toHaveAttribute('type');

    const watch = (event: Event) => {
      followed = !event.defaultPrevented;
    };
    document.addEventListener('click', watch); // after React's root listener: what the browser would do
    fireEvent.click(link);
    document.removeEventListener('click', watch);
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(followed).toBe(false);
    expect(link).toHaveAttribute('data-state', 'creating');
    expect(link).toHaveAttribute('aria-busy', 'true');
    expect(link).toHaveAttribute('aria-disabled', 'true');
    expect(link).toHaveTextContent('Starting checkout…');

    fireEvent.click(link); // busy: ignored
    act(release);
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
    expect(requests).toHaveLength(1);
  });

  it('works with a styled button component that forwards its ref', async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const ref = createRef<HTMLButtonElement>();
    const { navigate } = renderCheckout(
      <CheckoutButton asChild priceId="p" ref={ref}>
        <Fancy>Buy</Fancy>
      </CheckoutButton>,
    );
    const element = screen.getByRole('button', { name: 'Buy' });
    expect(ref.current).toBe(element);
    expect(element).toHaveClass('fancy');
    fireEvent.click(element);
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  });

  it("lets the child's onClick cancel the checkout with preventDefault", async () => {
    renderCheckout(
      <CheckoutButton asChild priceId="p">
        <a href="/pricing" onClick={(event) => event.preventDefault()}>
          Buy
        </a>
      </CheckoutButton>,
    );
    fireEvent.click(screen.getByRole('link'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(requests).toHaveLength(0);
    expect(screen.getByRole('link')).toHaveAttribute('data-state', 'idle');
  });

  it("a child's explicit onClick={undefined} keeps the checkout handler: the link starts checkout", async () => {
    server.use(http.post(ROUTE, () => HttpResponse.json(okBody())));
    const { navigate } = renderCheckout(
      <CheckoutButton asChild priceId="p">
        <a href="/pricing" onClick={undefined}>
          Buy
        </a>
      </CheckoutButton>,
    );
    let followed: boolean | undefined;
    const watch = (event: Event) => {
      followed = !event.defaultPrevented;
    };
    document.addEventListener('click', watch);
    fireEvent.click(screen.getByRole('link'));
    document.removeEventListener('click', watch);
    expect(followed).toBe(false);
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  });

  it('joins only the classes that are there (no "undefined")', () => {
    renderCheckout(
      <>
        <CheckoutButton asChild priceId="p" className={undefined}>
          <a href="/a" className="link">
            A
          </a>
        </CheckoutButton>
        <CheckoutButton asChild priceId="p" className="ours">
          <a href="/b" className={undefined}>
            B
          </a>
        </CheckoutButton>
        <CheckoutButton asChild priceId="p" className="">
          <a href="/c" className="">
            C
          </a>
        </CheckoutButton>
      </>,
    );
    expect(screen.getByRole('link', { name: 'A' })).toHaveAttribute('class', 'link');
    expect(screen.getByRole('link', { name: 'B' })).toHaveAttribute('class', 'ours');
    expect(screen.getByRole('link', { name: 'C' }).getAttribute('class') ?? '').toBe('');
  });

  it('says what to do when the child is not one element', () => {
    expect(() =>
      renderCheckout(
        <CheckoutButton asChild priceId="p">
          Buy
        </CheckoutButton>,
      ),
    ).toThrow(/single React element child/);
    // React reports the thrown render error; that is expected here.
    consoleMessages.splice(0);
  });
});
