import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import tailwindcss from '@tailwindcss/vite'
import adonisjs from '@adonisjs/vite/client'
import { pluginUi } from './app/platform/plugin_ui_vite.js'

export default defineConfig({
  plugins: [
    vue(),
    tailwindcss(),
    pluginUi(),
    adonisjs({ entryPoints: ['resources/js/app.ts'], reload: ['resources/views/**/*.edge'] }),
  ],

  /**
   * Vite 8 adds an SSR environment build that overwrites the client bundle
   * and its manifest (adonisjs/vite#44). SSR is off, so build only the client.
   */
  builder: {
    async buildApp(builder) {
      await builder.build(builder.environments.client)
    },
  },

  /**
   * In development the Vite dev server runs inside the web server, but its
   * HMR WebSocket gets a port of its own, on every interface unless told
   * otherwise. It serves source code, so it listens where the app does.
   */
  server: { ws: { host: process.env.HOST } },

  /**
   * Pre-bundled when the dev server starts, not when the first chart page
   * asks for them: a dependency discovered late makes Vite re-bundle and
   * reload pages already open, which left the chart pages blank in a long
   * browser test run.
   */
  optimizeDeps: { include: ['chart.js', 'vue-chartjs'] },

  /**
   * The test run's dev server keeps its pre-bundles apart: a test starts
   * `npm run dev`, whose Vite would otherwise rewrite node_modules/.vite
   * under the running suite and leave later pages importing chunks that
   * are gone.
   */
  cacheDir: process.env.NODE_ENV === 'test' ? 'node_modules/.vite-test' : 'node_modules/.vite',

  resolve: {
    alias: {
      '~/': `${import.meta.dirname}/resources/js/`,
      '@generated': `${import.meta.dirname}/.adonisjs/client/`,
    },
  },
})
