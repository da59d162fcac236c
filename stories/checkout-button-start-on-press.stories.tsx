import type { Meta } from '@storybook/react-vite';
import { CheckoutButton } from '../src/index';
import * as Button from './checkout-button.stories';
import * as Recipes from './checkout-button-recipes.stories';

/**
 * Every interactive CheckoutButton story again, with `startOn="pointerdown"`: the press starts the
 * session, the click that follows navigates (or shows the error). The play functions are the same, so
 * both settings are tested alike. A press released off the button: **CheckoutButton/Press Released Outside**.
 */
const meta = {
  title: 'Components/CheckoutButton/Start on press',
  component: CheckoutButton,
} satisfies Meta<typeof CheckoutButton>;

export default meta;

/** What {@link onPress} reads of a story and of its file's meta. */
interface Annotations {
  args?: object;
  decorators?: unknown;
  render?: unknown;
}

/** A story of another file with `startOn: 'pointerdown'`: that file's args and decorators, then the story's own. */
function onPress<Story extends Annotations>(story: Story, from: Annotations): Story {
  return {
    ...story,
    args: { ...from.args, ...story.args, startOn: 'pointerdown' },
    decorators: [story.decorators ?? [], from.decorators ?? []].flat(),
    render: story.render ?? from.render,
  };
}

// Each name is written out: Storybook's sidebar reads names from this file without running it.
export const Creating = { ...onPress(Button.Creating, Button.default), name: 'Creating' };
export const Redirecting = { ...onPress(Button.Redirecting, Button.default), name: 'Redirecting' };
export const CustomBusyLabel = {
  ...onPress(Button.CustomBusyLabel, Button.default),
  name: 'Custom busy label',
};
export const NetworkError = { ...onPress(Button.NetworkError, Button.default), name: 'Network error' };
export const Timeout = { ...onPress(Button.Timeout, Button.default), name: 'Timeout' };
export const FieldIssues = { ...onPress(Button.FieldIssues, Button.default), name: 'Field issues' };
export const SignedOut = { ...onPress(Button.SignedOut, Button.default), name: 'Signed out' };
export const CheckoutRejected = {
  ...onPress(Button.CheckoutRejected, Button.default),
  name: 'Checkout rejected',
};
export const ServerError = { ...onPress(Button.ServerError, Button.default), name: 'Server error' };
export const HtmlErrorPage = { ...onPress(Button.HtmlErrorPage, Button.default), name: 'HTML error page' };
export const UnsafeRedirect = { ...onPress(Button.UnsafeRedirect, Button.default), name: 'Unsafe redirect' };
export const NavigationFailed = {
  ...onPress(Button.NavigationFailed, Button.default),
  name: 'Navigation failed',
};
export const StyledByState = {
  ...onPress(Recipes.StyledByState, Recipes.default),
  name: 'Styled by data-state',
};
export const AsChildLinkClicked = {
  ...onPress(Recipes.AsChildLinkClicked, Recipes.default),
  name: 'asChild: a link, clicked',
};
export const AsChildStyledButtonClicked = {
  ...onPress(Recipes.AsChildStyledButtonClicked, Recipes.default),
  name: 'asChild: your own button, clicked',
};
export const WithQuantityPicker = {
  ...onPress(Recipes.WithQuantityPicker, Recipes.default),
  name: 'With a quantity picker',
};
export const ProductSession = {
  ...onPress(Recipes.ProductSession, Recipes.default),
  name: 'Product session',
};
export const AddPaymentMethodSession = {
  ...onPress(Recipes.AddPaymentMethodSession, Recipes.default),
  name: 'Add payment method session',
};
export const ActivateSubscriptionSession = {
  ...onPress(Recipes.ActivateSubscriptionSession, Recipes.default),
  name: 'Activate subscription session',
};
