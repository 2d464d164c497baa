import { test } from '@japa/runner'
import { emptySurfaces, surfaceRegistrar } from '#platform/plugin_surfaces'

/** A registrar that collects into fresh surfaces; a refusal throws its message. */
function registrar() {
  const surfaces = emptySurfaces()
  const hooks = surfaceRegistrar(surfaces, (message) => {
    throw new Error(message)
  })
  return { surfaces, hooks }
}

const page = { name: 'policies', path: '/policies', component: 'PoliciesPage', title: 'Policies' }
/** Answers nothing: valid for actions (no redirect) and API routes (`data: null`). */
const handle = () => null as never

test.group('Plugin surfaces: what register() may declare', () => {
  test('pages get the default role of their area and are listed in the navigation', ({
    assert,
  }) => {
    const { surfaces, hooks } = registrar()
    hooks.page('admin', page)
    hooks.page('desk', { ...page, name: 'queue', path: '/queue' })
    hooks.page('profile', { ...page, name: 'me', path: '/me', nav: false })
    assert.deepEqual(
      surfaces.pages.map((entry) => [entry.area, entry.role, entry.nav]),
      [
        ['admin', 'admin', true],
        ['desk', 'agent', true],
        ['profile', 'user', false],
      ]
    )
    hooks.action({ name: 'policies.save', method: 'post', path: '/policies', handle })
    hooks.api({ name: 'timers', method: 'get', path: '/timers', summary: 'Timers', handle })
    assert.equal(surfaces.actions[0].role, 'admin')
    assert.equal(surfaces.apis[0].role, 'agent')
  })

  test('refuses what would make a broken or ambiguous route', ({ assert }) => {
    const cases: [string, (hooks: ReturnType<typeof registrar>['hooks']) => void, RegExp][] = [
      ['bad area', (h) => h.page('portal' as never, page), /unknown page area "portal"/],
      ['bad name', (h) => h.page('admin', { ...page, name: 'Policies!' }), /page name/],
      ['bad path', (h) => h.page('admin', { ...page, path: 'policies' }), /must start with \//],
      ['path escape', (h) => h.page('admin', { ...page, path: '/../x' }), /must start with/],
      ['component', (h) => h.page('admin', { ...page, component: 'policies' }), /PascalCase/],
      ['title', (h) => h.page('admin', { ...page, title: ' ' }), /has no title/],
      ['role', (h) => h.page('admin', { ...page, role: 'root' as never }), /role "root"/],
      [
        'reserved',
        (h) => h.action({ name: 'api.save', method: 'post', path: '/x', handle }),
        /reserved for API routes/,
      ],
      [
        'get action',
        (h) => h.action({ name: 'save', method: 'get' as never, path: '/x', handle }),
        /method must be post, put, patch or delete/,
      ],
      [
        'no summary',
        (h) => h.api({ name: 'timers', method: 'get', path: '/t', summary: '', handle }),
        /has no summary/,
      ],
      ['command name', (h) => h.command('Greet', { description: 'x' }, handle), /command name/],
      [
        'reserved flag',
        (h) =>
          h.command(
            'greet',
            { description: 'x', flags: { organization: { type: 'string', description: 'x' } } },
            handle
          ),
        /not a reserved name/,
      ],
    ]
    for (const [what, register, message] of cases) {
      const { hooks } = registrar()
      assert.throws(() => register(hooks), message, what)
    }
  })

  test('refuses a name or a method and path used twice', ({ assert }) => {
    const { hooks } = registrar()
    hooks.page('admin', page)
    assert.throws(
      () => hooks.action({ name: 'policies', method: 'post', path: '/other', handle }),
      /registers route "policies" twice/
    )
    assert.throws(
      () => hooks.page('desk', { ...page, name: 'other' }),
      /registers GET \/policies twice/
    )
    hooks.api({ name: 'timers', method: 'get', path: '/timers', summary: 'Timers', handle })
    assert.throws(
      () => hooks.api({ name: 'timers', method: 'put', path: '/t', summary: 'x', handle }),
      /registers API route "timers" twice/
    )
    hooks.command('greet', { description: 'Greets' }, handle)
    assert.throws(
      () => hooks.command('greet', { description: 'Greets' }, handle),
      /registers command "greet" twice/
    )
  })
})
