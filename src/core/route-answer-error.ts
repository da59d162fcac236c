import { CHECKOUT_ROUTE_ERROR_CODES, CheckoutError, type CheckoutIssue } from './checkout-error';
import type { RouteAnswer } from './read-route-answer';

const toIssues = (list: unknown): CheckoutIssue[] | undefined =>
  Array.isArray(list)
    ? list.map((issue) => ({
        path: Array.isArray(issue?.path) ? issue.path : [],
        message: String(issue?.message),
      }))
    : undefined;

/** Developer text for a failed answer: what the route said, or what the answer looked like. */
function describe(
  { status, ok, body, text }: RouteAnswer,
  endpoint: string,
  field: string,
  issues?: CheckoutIssue[],
) {
  const error = body?.error;
  const said = error?.message ?? (typeof error === 'string' ? error : body?.message);
  if (!ok && typeof said === 'string') return said;
  if (!ok && issues)
    return `The checkout input was refused: ${issues.map((issue) => issue.message).join('; ')}`;
  let what = `: ${text.slice(0, 200)}`;
  if (ok) what = ` without a JSON "${field}"`;
  else if (!text) what = ' with an empty body';
  else if (text[0] === '<') what = ' with an HTML page instead of JSON';
  return `The checkout route (${endpoint}) answered HTTP ${status}${what}. Check that endpoint is your checkout route.`;
}

/** The error for any other answer; the route's words are kept only in its envelope under a code it knows. */
export function routeAnswerError(answer: RouteAnswer, endpoint: string, field: string): CheckoutError {
  const { status, ok } = answer;
  const error = answer.body?.error;
  const issues = toIssues(error?.issues ?? error);
  // The route's words are trusted only in this library's envelope, under a code it knows.
  const routeCode =
    !ok && typeof error?.message === 'string' && CHECKOUT_ROUTE_ERROR_CODES.includes(error.code)
      ? error.code
      : undefined;
  return new CheckoutError(ok ? 'invalid_response' : 'http', describe(answer, endpoint, field, issues), {
    status,
    issues,
    routeCode,
  });
}
