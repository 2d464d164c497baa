import router from '@adonisjs/core/services/router'
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'

router
  .group(() => {
    router.post('/logout', [controllers.Session, 'destroy'])
    router.get('/profile', [controllers.Profile, 'edit'])
    router.put('/profile', [controllers.Profile, 'update'])
    router.put('/profile/password', [controllers.Profile, 'updatePassword'])
    router.put('/profile/theme', [controllers.Profile, 'updateTheme'])
    router.put('/profile/notifications', [controllers.Profile, 'updateNotifications'])
    router.delete('/profile/sessions', [controllers.ProfileSessions, 'destroyOthers'])
    router.delete('/profile/sessions/:handle', [controllers.ProfileSessions, 'destroy'])
  })
  .use(middleware.auth())
