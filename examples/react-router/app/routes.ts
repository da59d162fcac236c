import { index, type RouteConfig, route } from '@react-router/dev/routes';

export default [
  index('routes/store.tsx'),
  route('thanks', 'routes/thanks.tsx'),
  // A resource route (a loader and an action, no component): the checkout route the button calls.
  route('api/checkout-sessions', 'routes/api.checkout-sessions.ts'),
] satisfies RouteConfig;
