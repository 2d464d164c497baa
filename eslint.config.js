import { configApp } from '@adonisjs/eslint-config'
import { vue } from '@adonisjs/eslint-config/vue'
import tseslint from 'typescript-eslint'
import switchboard from './eslint/plugin_imports.js'

/**
 * The Vue app lives under resources/js (not the kit's inertia/), so the
 * kit's inertia-only rules are re-applied to that folder here.
 */
export default configApp(
  ...vue,
  {
    name: 'Switchboard frontend',
    files: ['resources/js/**/*.{ts,vue}'],
    rules: {
      '@adonisjs/no-backend-import-in-frontend': ['error'],
      '@adonisjs/prefer-adonisjs-inertia-link': ['error'],
      '@adonisjs/prefer-adonisjs-inertia-form': ['error'],
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      /**
       * Vue's own style guide: components and layouts are PascalCase SFCs,
       * composables are useX.ts; everything else stays snake_case.
       */
      '@unicorn/filename-case': [
        'error',
        { cases: { snakeCase: true, pascalCase: true, camelCase: true } },
      ],
    },
  },
  {
    name: 'Plugin UI components',
    files: ['plugins/*/ui/**/*.vue', 'tests/fixtures/plugins/*/ui/**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: {
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multi-word-component-names': 'off',
      'vue/define-props-declaration': ['error', 'type-based'],
    },
  },
  {
    name: 'Plugins import only the SDK',
    files: ['plugins/**/*.{ts,vue}', 'tests/fixtures/plugins/**/*.{ts,vue}'],
    /** The one import surface: the SDK, npm packages and the plugin's own files (docs/plugins.md). */
    plugins: { switchboard },
    rules: { 'switchboard/plugin-imports': 'error' },
  },
  {
    name: 'Dates in the viewer time zone',
    files: ['resources/js/**/*.{ts,vue}'],
    ignores: ['resources/js/i18n/index.ts'],
    /** Pages show dates in the user's or organization's zone: only useI18n() knows it. */
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message: "Format dates with useI18n().formatDateTime: it knows the viewer's time zone.",
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(toLocaleString|toLocaleDateString|toLocaleTimeString)$/]',
          message: "Format dates with useI18n().formatDateTime: it knows the viewer's time zone.",
        },
      ],
    },
  },
  {
    name: 'Sanitized HTML',
    files: ['resources/js/components/ui/SanitizedHtml.vue'],
    /** Server-sanitized HTML enters the page only through this component. */
    rules: { 'vue/no-v-html': 'off' },
  },
  {
    ignores: [
      'public/assets/**',
      '.adonisjs/**',
      'database/schema.ts',
      'tests/artifacts/**',
      'tmp/**',
      'storage/**',
    ],
  }
)
