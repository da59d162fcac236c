import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { configure } from 'storybook/test';
import { RedirectCatcher } from './redirect-catcher';
import './preview.css';

// A docs page shows each story in its own frame (so each keeps its own mocked route), played.
// `findBy…` waits up to 5 s (not 1 s), as a dozen stories play at once there…
configure({ asyncUtilTimeout: 5000 });
// …and their clicks must not scroll the docs page to whichever story focused a button last.
if (window.frameElement?.id.startsWith('iframe--')) {
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function focusWithoutScrolling(options) {
    focus.call(this, { ...options, preventScroll: true });
  };
}

/**
 * Every story: MSW plays the checkout route (stories install their handler in `beforeEach`), the
 * redirect is caught and shown, and an accessibility violation fails the story's test.
 */
const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [
    (Story) => (
      <RedirectCatcher>
        <Story />
      </RedirectCatcher>
    ),
  ],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    layout: 'padded',
    options: {
      storySort: {
        order: ['Guides', ['Getting started', 'Errors', 'Security'], 'Components', 'Hooks'],
      },
    },
  },
};

export default preview;
