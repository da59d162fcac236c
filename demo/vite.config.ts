import { defineConfig } from 'vite';
import { connectFlowglad } from './connect-flowglad';
import { createStorefrontConfig } from './create-storefront-config';

// `npm run dev`: the demo store, on the embedded Flowglad stand-in unless FLOWGLAD_SECRET_KEY is set
// (read on the server only; it never reaches the browser).
export default defineConfig(createStorefrontConfig(() => connectFlowglad(process.env)));
