// ESLint flat config: TypeScript (typescript-eslint) and Astro components (eslint-plugin-astro).
import { defineConfig } from 'eslint/config';
import eslintPluginAstro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-portable/',
      '**/.dist-portable*',
      '.astro/',
      'node_modules/',
      'tests/.tmp/',
      '.bench/',
      '**/.dist*',
      'bench/floor/dist/',
      'bench/floor/.astro/',
    ],
  },
  ...tseslint.configs.recommended,
  ...eslintPluginAstro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
