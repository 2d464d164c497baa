import { defineConfig } from '@adonisjs/cors'

/**
 * The web UI is same-origin; the API is called with bearer tokens from
 * wherever an integration runs, so no cookies are allowed cross-origin.
 */
const corsConfig = defineConfig({
  enabled: true,
  origin: [],
  methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
  headers: true,
  exposeHeaders: [],
  credentials: false,
  maxAge: 90,
})

export default corsConfig
