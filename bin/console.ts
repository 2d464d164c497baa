/*
|--------------------------------------------------------------------------
| Ace entrypoint
|--------------------------------------------------------------------------
|
| Boots the command-line kernel. Commands only start the application when
| they ask for it (`options.startApp`).
|
*/

await import('reflect-metadata')
const { Ignitor, prettyPrintError } = await import('@adonisjs/core')

const APP_ROOT = new URL('../', import.meta.url)

const IMPORTER = (filePath: string) => {
  if (filePath.startsWith('./') || filePath.startsWith('../')) {
    return import(new URL(filePath, APP_ROOT).href)
  }
  return import(filePath)
}

new Ignitor(APP_ROOT, { importer: IMPORTER })
  .tap((app) => {
    app.booting(async () => {
      await import('#start/env')
    })
    app.listen('SIGTERM', () => app.terminate())
    app.listenIf(app.managedByPm2, 'SIGINT', () => app.terminate())
  })
  .ace()
  .configure(async (app) => {
    const kernel = await app.container.make('ace')
    /**
     * `node ace serve` (npm run dev) keeps running after the app terminates
     * on SIGTERM: its file watcher and the HTTP server child hold the
     * process. Closing the dev server lets it exit, so process managers
     * and scripts can stop it like any other process.
     */
    app.terminating(async () => {
      const command = kernel.getMainCommand() as { devServer?: { close(): Promise<void> } }
      if (command?.devServer) {
        await command.devServer.close()
        // Nothing of the dev server needs finishing; a watcher event still in flight
        // must not restart the HTTP child and keep the process alive.
        setTimeout(() => process.exit(), 2000).unref()
      }
    })
  })
  .handle(process.argv.splice(2))
  .catch((error) => {
    process.exitCode = 1
    prettyPrintError(error)
  })
