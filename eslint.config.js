import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = { group: ['node:*'], message: 'Node-only: keep it in src/main.' }
const ELECTRON = { name: 'electron', message: 'Only src/main/electron and src/preload may import electron.' }
const MAIN = { group: ['**/main/**'], message: 'The renderer reaches the main side only through window.margin.' }
const RENDERER = { group: ['**/renderer/**'], message: 'Main-side code cannot import the renderer.' }

/** Each folder is one runtime; an import that crosses the wrong way is an error. */
const layers = [
  { files: ['src/shared/**/*.ts'], paths: [ELECTRON, { name: 'react', message: 'shared has no UI.' }], patterns: [NODE_BUILTINS, MAIN, RENDERER] },
  { files: ['src/main/services/**/*.ts', 'src/main/web/**/*.ts', 'src/main/cli/**/*.ts'], paths: [ELECTRON], patterns: [RENDERER] },
  { files: ['src/main/electron/**/*.ts'], paths: [], patterns: [RENDERER] },
  { files: ['src/preload/**/*.ts'], paths: [], patterns: [NODE_BUILTINS, MAIN, RENDERER] },
  { files: ['src/renderer/**/*.{ts,tsx}'], paths: [ELECTRON], patterns: [NODE_BUILTINS, MAIN] },
]

export default tseslint.config(
  { ignores: ['out/**', '**/out-*/**', 'dist/**', 'node_modules/**', 'docs/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  ...layers.map(({ files, paths, patterns }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
  })),
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
