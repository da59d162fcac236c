import type { RouteContext } from './route-context';

/** The shop's origins for this request: `appOrigins`, or (outside production, when unset) the request's own. */
export const shopOrigins = (request: Request, { config }: RouteContext): readonly string[] =>
  config.appOrigins ?? [new URL(request.url).origin];
