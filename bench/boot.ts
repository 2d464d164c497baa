/**
 * Boots the application for a benchmark script (no HTTP server), runs the
 * given function, and shuts down. Scripts use the real services and
 * database configuration; point DB_DATABASE at a benchmark database.
 */
import 'reflect-metadata'
import { Ignitor } from '@adonisjs/core'

const APP_ROOT = new URL('../', import.meta.url)

export async function withApp(run: () => Promise<void>) {
  const ignitor = new Ignitor(APP_ROOT, {
    importer: (filePath) =>
      filePath.startsWith('./') || filePath.startsWith('../')
        ? import(new URL(filePath, APP_ROOT).href)
        : import(filePath),
  })
  const app = ignitor.createApp('console')
  await app.init()
  app.booting(async () => {
    await import('#start/env')
  })
  await app.boot()
  await app.start(async () => {})
  try {
    await run()
  } finally {
    await app.terminate()
  }
}
