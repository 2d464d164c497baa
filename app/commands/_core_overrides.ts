import { ListLoader } from '@adonisjs/core/ace'
import GenerateKey from '#commands/generate_key'

/**
 * Commands of ours that replace the core's under the same name. Ace skips
 * app/commands when a command of that name is already known (and this file,
 * being prefixed with _), so the replacement has to be a loader listed in
 * adonisrc.ts after the core's: the later loader wins.
 */
const loader = new ListLoader([GenerateKey])

export const getMetaData = () => loader.getMetaData()
export const getCommand = loader.getCommand.bind(loader)
