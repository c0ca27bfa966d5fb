/**
 * scripts/lib/static-server: a minimal static file server for the built site (tests, bench,
 * screenshots). Serves `root` on 127.0.0.1, with the Content-Security-Policy header the
 * prerendered page declares, so browser tests run under the same policy a host would send.
 * It resolves paths as plain servers do (python's http.server, nginx without rewrites): a folder
 * without its slash is redirected, a folder serves its index.html, and nothing else is guessed,
 * so a page that only works with `.html` appended fails here as it would for users.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8',
	'.yaml': 'text/plain; charset=utf-8'
};

export interface RunningServer {
	url: string;
	server: Server;
	/** Every path requested, for tests that check nothing is fetched twice or from elsewhere. */
	requests: string[];
	close: () => Promise<void>;
}

export function serveStatic(root: string, port = 0): Promise<RunningServer> {
	const base = resolve(root);
	const requests: string[] = [];
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		requests.push(url.pathname);
		let path = normalize(join(base, decodeURIComponent(url.pathname)));
		if (!path.startsWith(base)) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) {
			if (!url.pathname.endsWith('/')) {
				res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
				return;
			}
			path = join(path, 'index.html');
		}
		if (!existsSync(path)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		const body = readFileSync(path);
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
			'cache-control': 'no-store'
		};
		if (path.endsWith('.html')) {
			const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(
				body.toString('utf8')
			);
			if (csp)
				headers['content-security-policy'] = csp[1]
					.replace(/&#39;/g, "'")
					.replace(/&quot;/g, '"')
					.replace(/&amp;/g, '&');
		}
		res.writeHead(200, headers).end(body);
	});
	return new Promise((resolvePromise) => {
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			resolvePromise({
				url: `http://127.0.0.1:${actual}`,
				server,
				requests,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}
