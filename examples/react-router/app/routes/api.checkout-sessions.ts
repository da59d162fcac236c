import { checkout } from '../checkout.server';
import type { Route } from './+types/api.checkout-sessions';

// GET (the thanks page's useCheckoutSession) is the loader, POST (CheckoutButton) the action.
export const loader = ({ request }: Route.LoaderArgs) => checkout(request);
export const action = ({ request }: Route.ActionArgs) => checkout(request);
