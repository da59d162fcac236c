import { createRootRoute, HeadContent, Outlet, Scripts } from '@tanstack/react-router';

export const Route = createRootRoute({
  head: () => ({
    meta: [
      { charSet: 'utf-8' },
      { name: 'viewport', content: 'width=device-width, initial-scale=1' },
      { title: 'Stand-in Store' },
    ],
  }),
  component: RootDocument,
});

/** The document around every page: plain HTML, no styling library. */
function RootDocument() {
  return (
    <html lang="en">
      <head>
        <HeadContent />
      </head>
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: '32rem', margin: '3rem auto' }}>
        <Outlet />
        <Scripts />
      </body>
    </html>
  );
}
