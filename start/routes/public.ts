import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

router.get('/health', [controllers.Health, 'show'])
router.get('/', [controllers.Home, 'show'])

router.get('/setup', [controllers.Setup, 'show'])
router.post('/setup', [controllers.Setup, 'store'])

router
  .group(() => {
    router.get('/login', [controllers.Session, 'create'])
    router.post('/login', [controllers.Session, 'store'])
    router.get('/forgot-password', [controllers.PasswordResetRequests, 'create'])
    router.post('/forgot-password', [controllers.PasswordResetRequests, 'store'])
    router.get('/reset-password/:token', [controllers.PasswordResets, 'edit'])
    router.post('/reset-password', [controllers.PasswordResets, 'update'])
  })
  .use(middleware.guest())
