import { describe, expectTypeOf, it } from 'vitest';
import {
  CheckoutButton,
  type CheckoutButtonProps,
  type CheckoutError,
  type CheckoutEvent,
  CheckoutProvider,
  type CheckoutSessionInput,
  type UseCheckoutSessionOptions,
  type useCreateCheckoutSession,
} from '../../src/index';

// Checked by `npm run typecheck` (tsc): each @ts-expect-error fails the build if the line compiles.
// The components are only built here, never rendered.

describe('the compiler catches the three session mistakes', () => {
  it('on the button', () => {
    const mistakes = () => [
      // @ts-expect-error no price
      <CheckoutButton key="1" quantity={2}>
        Buy
      </CheckoutButton>,
      // @ts-expect-error both priceId and priceSlug
      <CheckoutButton key="2" priceId="price_1" priceSlug="pro">
        Buy
      </CheckoutButton>,
      // @ts-expect-error activate_subscription without targetSubscriptionId
      <CheckoutButton key="3" type="activate_subscription">
        Activate
      </CheckoutButton>,
      // @ts-expect-error a price on a session type that has none
      <CheckoutButton key="4" type="add_payment_method" priceId="price_1">
        Update card
      </CheckoutButton>,
    ];
    const fine = () => [
      <CheckoutButton key="1" priceId="price_1" quantity={2} className="buy" startOn="pointerdown">
        Buy
      </CheckoutButton>,
      <CheckoutButton key="2" priceSlug="pro" onError={(error) => error.routeCode}>
        Buy
      </CheckoutButton>,
      <CheckoutButton key="3" type="activate_subscription" targetSubscriptionId="sub_1">
        Activate
      </CheckoutButton>,
      <CheckoutButton key="4" type="add_payment_method">
        Update card
      </CheckoutButton>,
    ];
    // Before hydration the button posts its form: what would add a field to it, or send it elsewhere, does not compile.
    const formMistakes = () => [
      // @ts-expect-error a name would post a second field
      <CheckoutButton key="1" priceId="p" name="buy">
        Buy
      </CheckoutButton>,
      // @ts-expect-error formAction would post somewhere else
      <CheckoutButton key="2" priceId="p" formAction="/elsewhere">
        Buy
      </CheckoutButton>,
      // @ts-expect-error the button belongs to its own form
      <CheckoutButton key="3" priceId="p" form="other-form">
        Buy
      </CheckoutButton>,
    ];
    expectTypeOf(mistakes).returns.toBeArray();
    expectTypeOf(formMistakes).returns.toBeArray();
    expectTypeOf(fine).returns.toBeArray();
    expectTypeOf<{ priceId: string; quantity: number }>().toExtend<CheckoutButtonProps>();
    expectTypeOf<{ quantity: number }>().not.toExtend<CheckoutButtonProps>();
    expectTypeOf<{ priceId: string; priceSlug: string }>().not.toExtend<CheckoutButtonProps>();
    expectTypeOf<{ type: 'activate_subscription' }>().not.toExtend<CheckoutButtonProps>();
  });

  it('on the hook', () => {
    const mistakes = (create: ReturnType<typeof useCreateCheckoutSession>['createCheckoutSession']) => [
      // @ts-expect-error no price
      create({ quantity: 2 }),
      // @ts-expect-error both priceId and priceSlug
      create({ priceId: 'price_1', priceSlug: 'pro' }),
      // @ts-expect-error activate_subscription without targetSubscriptionId
      create({ type: 'activate_subscription' }),
    ];
    expectTypeOf(mistakes).returns.toBeArray();
    expectTypeOf<{ quantity: number }>().not.toExtend<CheckoutSessionInput>();
    expectTypeOf<{ priceId: string; priceSlug: string }>().not.toExtend<CheckoutSessionInput>();
    expectTypeOf<{ type: 'activate_subscription' }>().not.toExtend<CheckoutSessionInput>();
    expectTypeOf<{ priceSlug: string }>().toExtend<CheckoutSessionInput>();
  });
});

describe('CheckoutEvent is a discriminated union', () => {
  it('narrows on type', () => {
    const listen = (event: CheckoutEvent) => {
      if (event.type === 'session_created') expectTypeOf(event.reused).toEqualTypeOf<boolean>();
      if (event.type === 'redirecting') expectTypeOf(event.url).toEqualTypeOf<string>();
      if (event.type === 'failed') expectTypeOf(event.error).toEqualTypeOf<CheckoutError>();
      if (event.type === 'returned') {
        expectTypeOf(event.checkoutSessionId).toEqualTypeOf<string>();
        // @ts-expect-error returned is no checkout step: it carries no input
        void event.input;
      }
    };
    const fine = () => [
      <CheckoutButton key="1" priceId="p" onCheckoutEvent={listen}>
        Buy
      </CheckoutButton>,
      <CheckoutProvider key="2" onCheckoutEvent={listen} />,
    ];
    expectTypeOf(fine).returns.toBeArray();
    expectTypeOf<UseCheckoutSessionOptions['onCheckoutEvent']>().toEqualTypeOf<
      ((event: CheckoutEvent) => void) | undefined
    >();
  });
});
