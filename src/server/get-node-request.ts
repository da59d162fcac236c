import type { NodeRequestLike } from './types';

const nodeRequests = new WeakMap<Request, NodeRequestLike>();

export function rememberNodeRequest(request: Request, req: NodeRequestLike): void {
  nodeRequests.set(request, req);
}

/**
 * The Node `http.IncomingMessage` — or Express request, with what your middleware put on it
 * (`req.user`, `req.session`…) — behind a Web `Request` that {@link toNodeHandler} built; `undefined`
 * for any other request (Next.js, edge runtimes, tests).
 *
 * @example
 * ```ts
 * import type { Request as ExpressRequest } from 'express';
 * const handler = createCheckoutSessionHandler({
 *   getCustomer: (request) => {
 *     const user = getNodeRequest<ExpressRequest>(request)?.user; // set by your auth middleware
 *     return user ? { externalId: user.id, email: user.email } : null;
 *   },
 * });
 * ```
 */
export function getNodeRequest<T extends object = NodeRequestLike>(request: Request): T | undefined {
  return nodeRequests.get(request) as T | undefined;
}
