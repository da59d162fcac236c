import { isObject } from '../core/is-object';
import { isLoopbackHost } from '../core/redirect-rule';
import { scrubSecret } from './scrub-secret';

export interface CheckedSessionAnswer {
  checkoutSession: Record<string, unknown> & { id: string };
  url: string;
}

/** Why the answer is refused, or `undefined` when `url` is a page of Flowglad's own. */
function urlProblem(url: unknown, flowglad: URL): string | undefined {
  if (typeof url !== 'string') return 'it has no url';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'its url is not an absolute URL';
  }
  const schemeAllowed =
    parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopbackHost(flowglad));
  if (!schemeAllowed || parsed.origin !== flowglad.origin) {
    return `its url is not on Flowglad's origin ${flowglad.origin} over https`;
  }
  if (parsed.username || parsed.password) return 'its url holds credentials';
  return undefined;
}

/**
 * The browser is sent only to Flowglad's own page: an answer without a session id, or whose `url` is on
 * another origin, plain http (but for a loopback stand-in) or holds credentials, is refused.
 */
export function checkSessionAnswer(
  answer: unknown,
  context: { baseUrl: string; secret: string },
): CheckedSessionAnswer {
  const refuse = (problem: string) =>
    new TypeError(`Flowglad's answer to a created checkout session was refused: ${problem}.`);
  if (!isObject(answer)) throw refuse('it is not a JSON object');
  const session = answer.checkoutSession;
  if (!isObject(session) || typeof session.id !== 'string' || !session.id) {
    throw refuse('it has no checkoutSession with a string id');
  }
  const problem = urlProblem(answer.url, new URL(context.baseUrl));
  if (problem) throw refuse(problem);
  const checked = {
    checkoutSession: session as CheckedSessionAnswer['checkoutSession'],
    url: answer.url as string,
  };
  if (checked.url.includes(context.secret)) throw refuse('its url holds the secret key');
  return scrubSecret(checked, context.secret);
}
