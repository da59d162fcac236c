import type { Preview } from '@storybook/react-vite';
import { configure } from 'storybook/test';
import { checkoutRouteLoader, storyEndpoint } from './checkout-route-loader';
import { RedirectCatcher } from './redirect-catcher';
import { theme } from './theme';
import { tsdocArgTypes } from './tsdoc-arg-types';
import '../src/styles.css'; // exactly what users get: react-flowglad-checkout/styles.css
import './preview.css';

// `findBy…` waits up to 5 s (not 1 s): a thanks page polls after 1 s, and story tests share busy machines.
configure({ asyncUtilTimeout: 5000 });

/**
 * Every story: its own checkout route, played by MSW at its own endpoint (`parameters.checkoutRoute`),
 * so a docs page renders its stories inline, at once, without one taking another's route; the
 * redirect is caught and shown; an accessibility violation fails the story's test.
 */
const preview: Preview = {
  argTypesEnhancers: [tsdocArgTypes],
  loaders: [checkoutRouteLoader],
  decorators: [
    (Story, { id, loaded }) => (
      <RedirectCatcher endpoint={storyEndpoint(id)} routeReady={loaded.checkoutRoute}>
        <Story />
      </RedirectCatcher>
    ),
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: {
      theme,
      // "Show code" leaves out the spies the stories pass as callbacks (`onSuccess={function gY(){}}`).
      source: { transform: (code: string) => code.replace(/^\s+on\w+=\{function \w*\(\)\{\}\}\n/gm, '') },
    },
    layout: 'padded',
    options: {
      storySort: {
        order: ['Guides', ['Getting started', 'After checkout', 'Errors', 'Security'], 'Components', 'Hooks'],
      },
    },
  },
};

export default preview;
