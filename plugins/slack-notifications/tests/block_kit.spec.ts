import { test } from '@japa/runner'
import { buildMessage, type MessageFacts } from '../message/blocks.js'
import { assertValidBlockKit, textsWithLimits } from './block_kit_rules.js'
import { escapeMrkdwn, escapeWithin } from '../message/escape.js'
import { changeLine } from '../message/change_line.js'

const facts = (extra: Partial<MessageFacts> = {}): MessageFacts => ({
  reference: 'SB-1042',
  title: 'Printer on 3rd floor jams',
  url: 'https://help.example.com/desk/tickets/7',
  requester: 'Rita Requester',
  group: 'IT',
  priority: 'high',
  status: 'resolved',
  assignee: 'Sam Agent',
  change: changeLine.statusChanged(
    { id: 2, name: 'Sam Agent', role: 'agent' },
    'in_progress',
    'resolved'
  ),
  excerpt: null,
  ...extra,
})

test.group('Slack notifications: Block Kit messages', () => {
  test('a status change: header, linked title, fields, the change in one line, a fallback', ({
    assert,
  }) => {
    const message = buildMessage(facts())
    assertValidBlockKit(assert, message)
    assert.deepEqual(message.blocks[0], {
      type: 'header',
      text: { type: 'plain_text', text: 'SB-1042 Printer on 3rd floor jams', emoji: false },
    })
    const section = message.blocks[1] as any
    assert.equal(
      section.text.text,
      '*<https://help.example.com/desk/tickets/7|SB-1042 Printer on 3rd floor jams>*'
    )
    assert.deepEqual(
      section.fields.map((field: any) => field.text),
      [
        '*Requester*\nRita Requester',
        '*Group*\nIT',
        '*Priority*\nHigh',
        '*Status*\nResolved',
        '*Assignee*\nSam Agent',
      ]
    )
    assert.deepEqual(message.blocks[2], {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: 'Sam Agent resolved it' }],
    })
    assert.equal(
      message.text,
      'SB-1042 Printer on 3rd floor jams (Resolved, High): Sam Agent resolved it'
    )
  })

  test('hostile titles, names and excerpts cannot mention, link or break out', ({ assert }) => {
    const hostile = '<!channel> <@U024BE7LH> <https://evil.example|click me> & <!here|x> *bold*'
    const message = buildMessage(
      facts({
        title: hostile,
        requester: '<!everyone>',
        change: '<@U1> did it',
        excerpt: `>${hostile}`,
      })
    )
    assertValidBlockKit(assert, message)
    // The header is plain_text, which Slack does not parse for mentions or links.
    const all = [
      message.text,
      ...textsWithLimits(message)
        .slice(1)
        .map((entry) => entry.text),
    ]
    for (const text of all.slice(0)) {
      assert.notInclude(text, '<!channel>')
      assert.notInclude(text, '<@U')
      assert.notInclude(text, '<https://evil')
      assert.notInclude(text, '<!everyone>')
    }
    const link = (message.blocks[1] as any).text.text as string
    // The one real link is ours; the title inside it is inert.
    assert.match(
      link,
      /^\*<https:\/\/help\.example\.com\/desk\/tickets\/7\|SB-1042 &lt;!channel&gt;/
    )
    assert.equal(link.match(/</g)?.length, 1)
    assert.equal(link.match(/>/g)?.length, 1)
    assert.include((message.blocks[3] as any).text.text, '&amp; &lt;!here|x&gt;')
    // Header is plain_text: Slack does not parse it, so it keeps the title as typed.
    assert.equal((message.blocks[0] as any).text.type, 'plain_text')
  })

  test('long texts are cut to Slack limits without splitting an entity', ({ assert }) => {
    const long = '&'.repeat(5000)
    const message = buildMessage(
      facts({ title: long, requester: 'x'.repeat(5000), excerpt: '<'.repeat(9000), change: long })
    )
    assertValidBlockKit(assert, message)
    for (const { text } of textsWithLimits(message).slice(1))
      assert.notMatch(text, /&(a|am|amp|l|lt|g|gt)?…/)
    assert.isAtMost((message.blocks[0] as any).text.text.length, 150)
    assert.equal(escapeWithin('a&b', 5), 'a…')
  })

  test('escaping is exactly &, < and >', ({ assert }) => {
    assert.equal(escapeMrkdwn('a & b < c > d "e" \'f\''), 'a &amp; b &lt; c &gt; d "e" \'f\'')
  })

  test('one-line changes read as a person would say them', ({ assert }) => {
    const sam = { id: 2, name: 'Sam Agent', role: 'agent' as const }
    assert.equal(changeLine.created(null), 'Switchboard opened it')
    assert.equal(changeLine.assigned(sam, 'Ada'), 'Sam Agent assigned it to Ada')
    assert.equal(changeLine.statusChanged(sam, 'resolved', 'open'), 'Sam Agent reopened it (open)')
    assert.equal(changeLine.statusChanged(sam, 'open', 'closed'), 'Sam Agent closed it')
    assert.equal(
      changeLine.slaBreached('first_response', 15),
      'SLA breached: first response 15 min overdue'
    )
  })
})
