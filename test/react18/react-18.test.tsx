import { render, screen } from '@testing-library/react';
import { useId, version } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CheckoutButton } from '../../src/index';

function IdProbe() {
  return <output>{useId()}</output>;
}

describe('the React 18 run', () => {
  it('loads react and react-dom 18.3.1', () => {
    expect(version).toBe('18.3.1');
    expect(reactDomVersion).toBe('18.3.1');
  });

  it('renders through React 18: useId has the 18.x `:r0:` shape, not 19.x `«r0»` or `_r_0_`', () => {
    render(<IdProbe />);
    expect(screen.getByRole('status')).toHaveTextContent(/^:r[0-9a-z]+:$/);
    expect(renderToString(<IdProbe />)).toMatch(/^<output>:R[0-9a-zA-Z]+:<\/output>$/);
  });

  it('renders the library button with that same React (one copy: hooks work through SWR)', () => {
    render(<CheckoutButton priceId="price_123">Buy</CheckoutButton>);
    expect(screen.getByRole('button', { name: 'Buy' })).toHaveAttribute('data-state', 'idle');
  });
});
