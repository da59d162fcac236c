import { toNodeHandler } from 'react-flowglad-checkout/server';
import { checkout } from '../../../app/checkout';

// The same route under the Pages Router: API routes get Node's request and response, so the handler
// runs through toNodeHandler. Next.js's body parser must stay off, so the route reads the body itself
// (at most 16 KiB, JSON or a form post).
export const config = { api: { bodyParser: false } };

export default toNodeHandler(checkout);
