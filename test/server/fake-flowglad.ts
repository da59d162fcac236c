import type { IncomingMessage, ServerResponse } from 'node:http';
import { serve } from './helpers';

/** The key the fake expects and must never see echoed to a browser. */
export const FAKE_KEY = 'sk_test_local-fake-flowglad-key';

/** One request the fake received. */
export interface FakeRequest {
  method: string;
  path: string;
  body: string;
}

/** What the fake does with a request: a scripted answer, or full control of the Node response. */
export type FakeAnswer =
  | { status: number; json?: unknown; text?: string; headers?: Record<string, string> }
  | ((res: ServerResponse, req: FakeRequest) => void);

/**
 * A loopback server playing Flowglad with scripted answers, for faults the stand-in does not make
 * (stalls mid-body, echoed keys, huge bodies, redirects, malformed successes). `script` gets each request
 * (and its index) and says how to answer.
 */
export async function startFakeFlowglad(script: (request: FakeRequest, index: number) => FakeAnswer) {
  const seen: FakeRequest[] = [];
  const open = new Set<ServerResponse>();
  const server = await serve((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const request = { method: req.method ?? '', path: req.url ?? '', body };
      seen.push(request);
      open.add(res);
      res.on('close', () => open.delete(res));
      const answer = script(request, seen.length - 1);
      if (typeof answer === 'function') return answer(res, request);
      const text = answer.text ?? JSON.stringify(answer.json ?? {});
      const type = answer.text === undefined ? 'application/json' : 'text/plain';
      res.writeHead(answer.status, { 'content-type': type, ...answer.headers });
      res.end(text);
    });
  });
  return {
    url: server.url,
    apiKey: FAKE_KEY,
    requests: seen,
    paths: () => seen.map((request) => `${request.method} ${request.path}`),
    /** How many answers are still being written (a stall the route gave up on leaves none open). */
    openAnswers: () => open.size,
    close: server.close,
  };
}

/** A created session as Flowglad answers it, on the fake's own origin. */
export const sessionAnswer = (origin: string, overrides: Record<string, unknown> = {}) => ({
  checkoutSession: {
    id: 'chckt_session_fake',
    status: 'open',
    type: 'product',
    livemode: false,
    priceId: 'price_stand_in_tshirt',
    quantity: 2,
    outputName: null,
    outputMetadata: null,
    createdAt: 1_700_000_000_000,
    expires: 1_700_086_400_000,
    customerEmail: 'ada@example.com',
  },
  url: `${origin}/checkout/chckt_session_fake`,
  ...overrides,
});

/** Flowglad's refusal of a session for a customer it does not know. */
export const customerMissing = (status: 400 | 500) => ({
  status,
  json: {
    error:
      "Invalid checkoutSession: Required customer not found for Product checkout (anonymous=false). externalId='user_server_chosen', organization='org_1'.",
    code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
    request_id: 'abcdef12',
  },
});
