// The explorer is a static single-page app: prerendered shell, rendered in the browser
// (sigma needs WebGL), so `npm run build` gives files any static server can serve.
export const prerender = true;
export const ssr = false;
// Every page is written as <route>/index.html: a plain static server (python -m http.server,
// nginx, a USB stick) serves /presenter/ without rewrite rules, which /presenter.html needs.
export const trailingSlash = 'always';
