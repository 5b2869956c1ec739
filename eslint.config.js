import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'zlib', 'stream'];

/** Layer rules (architecture.md): the renderer and shared code cannot reach Node, Electron or main. */
export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '../../main/*'], message: 'The renderer talks to main only through window.api / the HTTP client.' },
            { group: [...nodeBuiltins, 'electron', 'better-sqlite3', 'docx', 'exceljs', 'mammoth', 'pdfjs-dist', 'pdfjs-dist/*'], message: 'Not available in the renderer layer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/renderer/**'], message: 'shared/ is imported by both sides and imports neither.' },
            { group: [...nodeBuiltins, 'electron', 'better-sqlite3', 'docx', 'exceljs', 'mammoth', 'pdfjs-dist', 'react'], message: 'shared/ stays platform-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/app/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron'], message: 'Only main/app imports electron; the core runs in plain Node.' }, { group: ['**/renderer/**'], message: 'main/ never imports the renderer.' }] },
      ],
    },
  },
);
