/**
 * Run as a child process by tests (node --import @poppinss/ts-exec):
 * imports the module named on the command line before any other module
 * of the application, then boots the application. An import circle
 * through that module would meet a binding not initialized yet
 * ("Cannot access … before initialization") and crash here.
 */
await import('reflect-metadata')
const { Ignitor } = await import('@adonisjs/core')

const APP_ROOT = new URL('../../', import.meta.url)
const target = process.argv[2]

const ignitor = new Ignitor(APP_ROOT, {
  importer: (filePath: string) =>
    filePath.startsWith('./') || filePath.startsWith('../')
      ? import(new URL(filePath, APP_ROOT).href)
      : import(filePath),
})
const app = ignitor.createApp('console')
const loaded = await import(target)
app.booting(async () => {
  await import('#start/env')
})
await app.init()
await app.boot()
process.stdout.write(`imported ${target} first: exports ${Object.keys(loaded).join(', ')}\n`)
await app.terminate()
