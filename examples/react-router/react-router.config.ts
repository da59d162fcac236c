import type { Config } from '@react-router/dev/config';

export default {
  // Server rendering: the thanks page's loader reads the checkout on the server.
  ssr: true,
} satisfies Config;
