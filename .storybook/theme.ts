import { create } from 'storybook/theming';

/** The library's name and a quiet ink-and-indigo palette, for the sidebar and the docs pages. */
export const theme = create({
  base: 'light',
  brandTitle: 'react-flowglad-checkout',
  colorPrimary: '#312e81',
  colorSecondary: '#4f46e5',
  appBg: '#f8fafc',
  appContentBg: '#ffffff',
  appPreviewBg: '#ffffff',
  appBorderColor: '#e2e8f0',
  appBorderRadius: 8,
  fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  fontCode: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
  textColor: '#0f172a',
  textMutedColor: '#64748b',
  barBg: '#ffffff',
  barSelectedColor: '#4f46e5',
  inputBorderRadius: 6,
});
