/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| One file per area under start/routes/. Route names are derived from
| controller + method and prefixed per area (admin.users.index, ...); the
| Vue app refers to routes only by these names.
|
*/

import router from '@adonisjs/core/services/router'
import { idParam } from '#validators/rules/record_id'

router.where('id', idParam)
router.where('userId', idParam)
router.where('attachmentId', idParam)
router.where('deliveryId', idParam)
router.where('messageId', idParam)

await import('#start/routes/public')
await import('#start/routes/account')
await import('#start/routes/portal')
await import('#start/routes/desk')
await import('#start/routes/admin')
await import('#start/routes/api')
await import('#start/routes/plugins')
