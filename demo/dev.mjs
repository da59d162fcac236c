// `npm run dev`: serves the demo store (demo/vite.config.ts) and prints the URL to open.
// Started through Vite's API rather than its CLI only to keep Vite's notes about the config
// loader (our sources import without file extensions) out of a newcomer's terminal.
process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const { createServer } = await import('vite');

const server = await createServer({ configFile: new URL('./vite.config.ts', import.meta.url).pathname });
await server.listen();
server.printUrls();
server.bindCLIShortcuts({ print: true });
