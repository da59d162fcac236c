export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const hostedPage = (status: number, title: string, main: string) =>
  new Response(
    `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Flowglad stand-in</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f6f7f9;color:#111}
main{max-width:28rem;margin:3rem auto;width:calc(100% - 2rem);box-sizing:border-box;padding:2rem;background:#fff;border-radius:12px;box-shadow:0 1px 4px #0002}
dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dd{margin:0;text-align:right}
label{display:grid;gap:.25rem}input{font:inherit;padding:.5rem;border:1px solid #999;border-radius:6px}
button{font:inherit;width:100%;padding:.75rem;margin-top:.75rem;border-radius:8px;border:1px solid #111;cursor:pointer}
.pay{background:#111;color:#fff}.note{font-size:.875rem;color:#555}
</style>
</head>
<body>
<main aria-labelledby="title">
<p class="note">Flowglad stand-in for development and tests: no payment is taken.</p>
${main}
</main>
</body>
</html>
`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } },
  );
