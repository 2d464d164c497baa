import { LIMITS, type SlackMessage } from '../message/blocks.js'

/** Every text object of a message, with the limit Slack puts on it. */
export function textsWithLimits(message: SlackMessage) {
  const texts: { text: string; max: number }[] = []
  for (const block of message.blocks) {
    if (block.type === 'header') texts.push({ text: block.text.text, max: LIMITS.headerText })
    if (block.type === 'section') {
      if (block.text) texts.push({ text: block.text.text, max: LIMITS.sectionText })
      for (const field of block.fields ?? [])
        texts.push({ text: field.text, max: LIMITS.fieldText })
    }
    if (block.type === 'context') {
      for (const element of block.elements)
        texts.push({ text: element.text, max: LIMITS.contextText })
    }
  }
  return texts
}

/** Slack's structural rules for the blocks this plugin sends. */
export function assertValidBlockKit(assert: any, message: SlackMessage) {
  assert.isAtMost(message.blocks.length, LIMITS.blocks)
  assert.isAbove(message.text.length, 0)
  for (const block of message.blocks) {
    assert.oneOf(block.type, ['header', 'section', 'context'])
    if (block.type === 'header') assert.equal(block.text.type, 'plain_text')
    if (block.type === 'section') {
      assert.isTrue(Boolean(block.text) || Boolean(block.fields?.length))
      assert.isAtMost(block.fields?.length ?? 0, LIMITS.fields)
    }
    if (block.type === 'context') assert.isAtMost(block.elements.length, 10)
  }
  for (const { text, max } of textsWithLimits(message)) {
    assert.isAtLeast(text.length, 1)
    assert.isAtMost(text.length, max)
  }
}
