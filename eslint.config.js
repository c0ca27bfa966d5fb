import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** The core is pure: no DOM, no Svelte, no sigma, no node: built-ins, no SvelteKit aliases. */
const corePurity = {
	files: ['src/lib/core/**/*.ts'],
	languageOptions: { globals: { ...globals['shared-node-browser'] } },
	rules: {
		'no-restricted-imports': [
			'error',
			{
				paths: ['fs', 'path', 'os', 'child_process', 'url', 'http', 'crypto'].map((name) => ({
					name,
					message: 'core must not do I/O (keep it in scripts/).'
				})),
				patterns: [
					{
						group: ['node:*'],
						message: 'core must not import node: built-ins (keep I/O in scripts/).'
					},
					{
						group: ['sigma', 'sigma/*'],
						message: 'core must not import sigma (only the canvas component does).'
					},
					{
						group: ['svelte', 'svelte/*', '$app/*', '$lib/*', '$lib'],
						message: 'core must not depend on Svelte or SvelteKit.'
					}
				]
			}
		],
		'no-restricted-globals': [
			'error',
			{ name: 'window', message: 'core has no DOM.' },
			{ name: 'document', message: 'core has no DOM.' },
			{ name: 'navigator', message: 'core has no DOM.' },
			{ name: 'localStorage', message: 'core has no DOM.' },
			{ name: 'process', message: 'core has no process: pass options in.' }
		]
	}
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Corpus text is never rendered as HTML (issue 9): forbid {@html} outright.
			'svelte/no-at-html-tags': 'error'
		}
	},
	corePurity,
	{
		// Tests read JSON of the contract's shape and browser objects through page.evaluate.
		files: ['tests/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{ ignores: ['build/', '.svelte-kit/', 'node_modules/', 'bench/tmp/', 'tests/output/', 'tmp/'] }
);
