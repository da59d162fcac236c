import type { Loader } from '@storybook/react-vite';
import type { HttpHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { checkoutRouteHandlers } from '../src/testing';

/** The MSW handlers that play a checkout route, from the library's testing entry. */
export type CheckoutRoute = ReturnType<typeof checkoutRouteHandlers>;

declare module 'storybook/internal/csf' {
  interface Parameters {
    /**
     * What the story's own checkout route answers, made from the library's MSW handlers: POST, GET or
     * both. Called on every render, so a sequence starts over. @defaultValue `(route) => route.success()`
     */
    checkoutRoute?: (route: CheckoutRoute) => HttpHandler | HttpHandler[];
  }
}

/** The story's own checkout route: its id makes it unique, so stories shown together never share one. */
export const storyEndpoint = (storyId: string) => `/api/stories/${storyId}/checkout-sessions`;

/** The worker and the handlers' factory, once: imported on first use, so MSW (and the GraphQL parser it brings) stays out of the preview's first bundle. */
let mocking: Promise<{ worker: SetupWorker; handlers: typeof checkoutRouteHandlers }> | undefined;

async function startMocking() {
  const [{ setupWorker }, { checkoutRouteHandlers: handlers }] = await Promise.all([
    import('msw/browser'),
    import('../src/testing'),
  ]);
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    // A story calling an /api/ route it did not mock is a broken story: console.error fails its test.
    onUnhandledRequest: (request, print) => {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
  });
  return { worker, handlers };
}

/**
 * Installs the story's checkout route on the one MSW worker, at {@link storyEndpoint}, without holding
 * up the render: the story's requests wait for `loaded.checkoutRoute` instead (see RedirectCatcher),
 * so a docs page shows its stories before the worker has started. Handlers are never reset: a docs
 * page renders all its stories at once, and each keeps its route; a story rendered again puts its
 * fresh handler first.
 */
export const checkoutRouteLoader: Loader = ({ id, parameters }) => {
  mocking ??= startMocking();
  const answer = parameters.checkoutRoute ?? ((route: CheckoutRoute) => route.success());
  const installed = mocking.then(({ worker, handlers }) => {
    worker.use(...[answer(handlers({ endpoint: `*${storyEndpoint(id)}` }))].flat());
  });
  return { checkoutRoute: installed };
};
