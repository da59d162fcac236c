const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);

/**
 * What a refused form post shows when there is no shop page to send the shopper back to: a small page in
 * the shopper's words (a fixed sentence, never anything from the request), styled inline, that runs no
 * script and loads nothing.
 */
export function refusalPage(
  status: number,
  sentence: string,
  shop: string | undefined,
  headers?: HeadersInit,
): Response {
  const link = shop ? `<p><a href="${escapeHtml(`${shop}/`)}">Back to the shop</a></p>` : '';
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checkout could not start</title>
<style>
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f6f7f9;color:#1f2328;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:28rem;margin:1.5rem;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{margin:0 0 .75rem;font-size:1.25rem}
p{margin:0 0 1rem}
a{color:#4f46e5;font-weight:600}
a:focus-visible{outline:2px solid #4f46e5;outline-offset:2px}
</style>
</head>
<body>
<main>
<h1>Checkout could not start</h1>
<p role="alert">${escapeHtml(sentence)}</p>
${link}
</main>
</body>
</html>
`;
  const merged = new Headers(headers);
  merged.set('content-type', 'text/html; charset=utf-8');
  merged.set('cache-control', 'no-store');
  merged.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
  merged.set('x-content-type-options', 'nosniff');
  return new Response(html, { status, headers: merged });
}
