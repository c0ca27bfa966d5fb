/**
 * scripts/lib/browser: launch Debian's chromium through playwright-core (no browser download is
 * possible here). WebGL works headless through SwiftShader; the background-networking flags
 * keep chromium from calling out of this machine.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH))
		throw new Error(
			`chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium fonts-noto-cjk)`
		);
	return chromium.launch({
		executablePath: CHROMIUM_PATH,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu-sandbox',
			'--use-angle=swiftshader',
			'--enable-unsafe-swiftshader',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic'
		]
	});
}
