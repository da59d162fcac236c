import { CheckoutError } from './checkout-error';

/** The checkout route's answer, read whatever it is (JSON, text, HTML, nothing). */
export interface RouteAnswer {
  status: number;
  ok: boolean;
  // biome-ignore lint/suspicious/noExplicitAny: an answer of unknown shape, read defensively with ?.
  body: any;
  text: string;
}

/** A redirect is refused: following it would send the body and headers somewhere else. */
export async function readRouteAnswer(response: Response, endpoint: string): Promise<RouteAnswer> {
  const { status, ok } = response;
  if (response.type === 'opaqueredirect' || (status > 299 && status < 400)) {
    throw new CheckoutError(
      'invalid_response',
      `The checkout route (${endpoint}) answered with a redirect (HTTP ${status}), which is not followed. Set endpoint to the route itself.`,
      { status },
    );
  }
  const text = (await response.text()).trim();
  let body: RouteAnswer['body'];
  try {
    body = JSON.parse(text);
  } catch {}
  return { status, ok, body, text };
}
