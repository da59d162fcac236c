import { readRouteAnswer } from './read-route-answer';
import { routeAnswerError } from './route-answer-error';
import type { CheckoutSessionResult } from './types';

export async function parseCheckoutResponse(
  response: Response,
  endpoint: string,
): Promise<CheckoutSessionResult> {
  const answer = await readRouteAnswer(response, endpoint);
  const { body } = answer;
  if (!answer.ok || typeof body?.url !== 'string' || !body.url)
    throw routeAnswerError(answer, endpoint, 'url');
  return typeof body.checkoutSession === 'object' && body.checkoutSession
    ? { url: body.url, checkoutSession: body.checkoutSession }
    : { url: body.url };
}
