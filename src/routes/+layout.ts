// The explorer is a static single-page app: prerendered shell, rendered in the browser
// (sigma needs WebGL), so `npm run build` gives files any static server can serve.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'ignore';
