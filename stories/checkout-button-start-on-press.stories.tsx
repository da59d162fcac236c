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

export const Creating = onPress(Button.Creating, Button.default);
export const Redirecting = onPress(Button.Redirecting, Button.default);
export const CustomBusyLabel = onPress(Button.CustomBusyLabel, Button.default);
export const NetworkError = onPress(Button.NetworkError, Button.default);
export const Timeout = onPress(Button.Timeout, Button.default);
export const FieldIssues = onPress(Button.FieldIssues, Button.default);
export const SignedOut = onPress(Button.SignedOut, Button.default);
export const CheckoutRejected = onPress(Button.CheckoutRejected, Button.default);
export const ServerError = onPress(Button.ServerError, Button.default);
export const HtmlErrorPage = onPress(Button.HtmlErrorPage, Button.default);
export const UnsafeRedirect = onPress(Button.UnsafeRedirect, Button.default);
export const NavigationFailed = onPress(Button.NavigationFailed, Button.default);
export const StyledByState = onPress(Recipes.StyledByState, Recipes.default);
export const AsChildLinkClicked = onPress(Recipes.AsChildLinkClicked, Recipes.default);
export const AsChildStyledButtonClicked = onPress(Recipes.AsChildStyledButtonClicked, Recipes.default);
export const WithQuantityPicker = onPress(Recipes.WithQuantityPicker, Recipes.default);
export const ProductSession = onPress(Recipes.ProductSession, Recipes.default);
export const AddPaymentMethodSession = onPress(Recipes.AddPaymentMethodSession, Recipes.default);
export const ActivateSubscriptionSession = onPress(Recipes.ActivateSubscriptionSession, Recipes.default);
