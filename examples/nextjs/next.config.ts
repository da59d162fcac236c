import type { NextConfig } from 'next';

const config: NextConfig = {
  // This app lives inside the library's repository, which has its own lockfile: build from here.
  turbopack: { root: import.meta.dirname },
};

export default config;
