// Starts the library's local Flowglad stand-in (no payment is taken) and prints how to run an example
// against it. Ctrl-C stops it.
import { startFlowgladStandIn } from 'react-flowglad-checkout/testing';

const standIn = await startFlowgladStandIn({ port: Number(process.env.PORT) || undefined });
console.log(`Flowglad stand-in on ${standIn.url}. In another terminal, in an example's folder:

  FLOWGLAD_BASE_URL=${standIn.url} FLOWGLAD_SECRET_KEY=${standIn.apiKey} npm run dev   # or npm start

(hono-workers reads them from its .dev.vars file instead: see its README.)
`);
process.on('SIGINT', () => standIn.close().then(() => process.exit(0)));
