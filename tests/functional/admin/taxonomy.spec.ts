import { test } from '@japa/runner'
import Category from '#models/category'
import Subcategory from '#models/subcategory'
import Group from '#models/group'
import AuditLog from '#models/audit_log'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

test.group('Admin: categories and subcategories', (group) => {
  isolate(group)

  test('categories and subcategories are added under their parent, in order, and audited', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await client
      .post(`/admin/groups/${desk.it.id}/categories`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ name: 'Software' })
    await client
      .post(`/admin/groups/${desk.it.id}/categories`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ name: 'Accounts' })
    const duplicate = await client
      .post(`/admin/groups/${desk.it.id}/categories`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ name: 'software' })
      .redirects(0)
    duplicate.assertFieldError('name', 'This group already has a category with that name.')
    const categories = await Category.query().where('group_id', desk.it.id).orderBy('position')
    assert.deepEqual(
      categories.map((c) => c.name),
      ['Hardware', 'Software', 'Accounts']
    )

    await client
      .post(`/admin/categories/${categories[1].id}/subcategories`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ name: 'E-mail' })
    const subs = await Subcategory.query().where('category_id', categories[1].id)
    assert.deepEqual(
      subs.map((s) => s.name),
      ['E-mail']
    )
    assert.exists(await AuditLog.findBy('action', 'subcategory.created'))

    const page = await client.get(`/admin/groups/${desk.it.id}`).loginAs(desk.admin).withInertia()
    assert.deepEqual(
      page.inertiaProps.taxonomy.categories.map((c: { name: string }) => c.name),
      ['Hardware', 'Software', 'Accounts']
    )
  })

  test('moving up and down reorders siblings; groups move too', async ({ client, assert }) => {
    const desk = await helpdesk()
    for (const name of ['Software', 'Accounts']) {
      await client
        .post(`/admin/groups/${desk.it.id}/categories`)
        .loginAs(desk.admin)
        .withCsrfToken()
        .form({ name })
    }
    const accounts = await Category.findByOrFail('name', 'Accounts')
    await client
      .post(`/admin/categories/${accounts.id}/move`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ direction: 'up' })
    await client
      .post(`/admin/categories/${accounts.id}/move`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ direction: 'up' })
    await client
      .post(`/admin/categories/${accounts.id}/move`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ direction: 'up' })
    const order = await Category.query().where('group_id', desk.it.id).orderBy('position')
    assert.deepEqual(
      order.map((c) => c.name),
      ['Accounts', 'Hardware', 'Software']
    )

    // Both groups start at position 0, listed by name: Facilities, then IT.
    await client
      .post(`/admin/groups/${desk.it.id}/move`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ direction: 'up' })
    const groups = await Group.query()
      .where('organization_id', desk.organization.id)
      .orderBy('position')
    assert.deepEqual(
      groups.map((g) => [g.name, g.position]),
      [
        ['IT', 0],
        ['Facilities', 1],
      ]
    )
  })

  test('an entry in use is deactivated instead of deleted; an unused one is deleted', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id, {
      categoryId: desk.hardware.id,
      subcategoryId: desk.laptop.id,
    })
    const inUse = await client
      .delete(`/admin/subcategories/${desk.laptop.id}`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
    inUse.assertToast('success', 'was deactivated instead of deleted')
    await desk.laptop.refresh()
    assert.isFalse(desk.laptop.isActive)

    await client
      .post(`/admin/groups/${desk.it.id}/categories`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ name: 'Unused' })
    const unused = await Category.findByOrFail('name', 'Unused')
    await client.delete(`/admin/categories/${unused.id}`).loginAs(desk.admin).withCsrfToken()
    assert.isNull(await Category.find(unused.id))

    const groupInUse = await client
      .delete(`/admin/groups/${desk.it.id}`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
    groupInUse.assertToast('success', 'has tickets, so it was deactivated')
    await desk.it.refresh()
    assert.isFalse(desk.it.isActive)
  })

  test('renaming and reactivating are audited; inactive entries leave the wizard', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await client
      .put(`/admin/categories/${desk.hardware.id}`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ name: 'Devices', isActive: 'false' })
    await desk.hardware.refresh()
    assert.equal(desk.hardware.name, 'Devices')
    assert.isFalse(desk.hardware.isActive)
    const entry = await AuditLog.findByOrFail('action', 'category.updated')
    assert.deepEqual(entry.newValues, { name: 'Devices', isActive: false })
    const wizard = await client.get('/portal/tickets/new').loginAs(desk.customer).withInertia()
    assert.deepEqual(wizard.inertiaProps.tree[0].categories, [])
  })
})
