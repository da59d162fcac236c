import { hydrateRoot } from 'react-dom/client';
import { DemoApp, type DemoPageState } from './demo-app';

// The page came rendered from the server (demo/serve-pages.ts), with what it knew: hydrate the same tree.
const root = document.getElementById('root');
const state = document.getElementById('demo-state')?.textContent;
if (root && state) hydrateRoot(root, <DemoApp state={JSON.parse(state) as DemoPageState} />);
