import { test } from '@japa/runner'
import Attachment from '#models/attachment'
import TicketComment from '#models/ticket_comment'
import type User from '#models/user'
import AttachmentIntake from '#services/tickets/attachment_intake'
import TicketConversation from '#services/tickets/ticket_conversation'
import TicketIntake from '#services/tickets/ticket_intake'
import { systemContext } from '#services/request_context'
import env from '#start/env'
import { isolate } from '#tests/support/world'
import { PNG_BYTES, fileOnDisk, helpdesk } from '#tests/support/tickets'

async function upload(name: string, bytes: Buffer) {
  const path = await fileOnDisk(name, bytes)
  return AttachmentIntake.inspect([{ clientName: name, tmpPath: path, size: bytes.length }])
}

async function ticketWithFiles(requester: User, groupId: number) {
  const files = [
    ...(await upload('screen.png', PNG_BYTES)),
    ...(await upload('notes.txt', Buffer.from('plain text'))),
  ]
  const ticket = await TicketIntake.open(
    requester,
    { groupId, title: 'Screen flickers', description: 'See the screenshot.' },
    files,
    { ...systemContext, actor: requester }
  )
  const attachments = await Attachment.query().where('ticket_id', ticket.id).orderBy('id')
  return { ticket, png: attachments[0], text: attachments[1] }
}

const url = (file: Attachment) => `/tickets/${file.ticketId}/attachments/${file.id}`

async function reply(client: any, agent: User, ticketId: number, body: string, internal = false) {
  await client
    .post(`/desk/tickets/${ticketId}/comments`)
    .loginAs(agent)
    .withCsrfToken()
    .form({ body, internal: String(internal) })
  const comment = await TicketComment.query()
    .where('ticket_id', ticketId)
    .orderBy('id', 'desc')
    .firstOrFail()
  return comment.bodyHtml
}

/**
 * Markdown images in messages: the ticket's own image files show inline,
 * through their authorized download route; anything else is a link, never
 * markup shown as text.
 */
test.group('Markdown images in messages', (group) => {
  isolate(group)

  test("the ticket's own images show inline; other images are links", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const { ticket, png, text } = await ticketWithFiles(desk.customer, desk.it.id)
    const other = await ticketWithFiles(desk.customer, desk.it.id)

    const html = await reply(
      client,
      desk.agent,
      ticket.id,
      [
        `![the screen](${url(png)})`,
        `![copied link](${env.get('APP_URL')}${url(png)})`,
        `![a text file](${url(text)})`,
        `![elsewhere](https://images.example.com/cat.png)`,
        `![another ticket](${url(other.png)})`,
      ].join('\n\n')
    )

    const inline = `<img src="${url(png)}?inline=1" alt="the screen" />`
    assert.include(html, inline)
    assert.include(html, `<img src="${url(png)}?inline=1" alt="copied link" />`)
    assert.match(html, new RegExp(`<a href="${url(text)}"[^>]*>a text file</a>`))
    assert.match(html, /<a href="https:\/\/images.example.com\/cat.png"[^>]*>elsewhere<\/a>/)
    assert.match(html, new RegExp(`<a href="${url(other.png)}"[^>]*>another ticket</a>`))
    assert.equal(html.match(/<img /g)?.length, 2)
    assert.notInclude(html, '&lt;img')

    const file = await client.get(`${url(png)}?inline=1`).loginAs(desk.customer)
    file.assertStatus(200)
    file.assertHeader('content-type', 'image/png')
    assert.match(file.header('content-disposition') ?? '', /^inline/)
  })

  test('a public reply never shows a file of an internal note; a note may', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const { ticket } = await ticketWithFiles(desk.customer, desk.it.id)
    await TicketConversation.add(
      ticket,
      desk.agent,
      { body: 'Internal screenshot', internal: true },
      await upload('internal.png', PNG_BYTES),
      { ...systemContext, actor: desk.agent }
    )
    const secret = await Attachment.query()
      .where('ticket_id', ticket.id)
      .whereNotNull('comment_id')
      .firstOrFail()

    const publicHtml = await reply(client, desk.agent, ticket.id, `![internal](${url(secret)})`)
    assert.notInclude(publicHtml, '<img')
    assert.include(publicHtml, '>internal</a>')

    const noteHtml = await reply(client, desk.agent, ticket.id, `![internal](${url(secret)})`, true)
    assert.include(noteHtml, `<img src="${url(secret)}?inline=1" alt="internal" />`)
  })
})
