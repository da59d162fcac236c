// Starts the library's local Flowglad stand-in (no payment is taken) and prints how to run the store
// against it. Ctrl-C stops it.
import { startFlowgladStandIn } from 'react-flowglad-checkout/testing';

const standIn = await startFlowgladStandIn({ port: Number(process.env.PORT) || undefined });
console.log(`Flowglad stand-in on ${standIn.url}. In another terminal:

  FLOWGLAD_BASE_URL=${standIn.url} FLOWGLAD_SECRET_KEY=${standIn.apiKey} npm run dev
`);
process.on('SIGINT', () => standIn.close().then(() => process.exit(0)));
