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
  const result: CheckoutSessionResult = { url: body.url };
  if (typeof body.checkoutSession === 'object' && body.checkoutSession)
    result.checkoutSession = body.checkoutSession;
  if (typeof body.reused === 'boolean') result.reused = body.reused;
  return result;
}
