import vine from '@vinejs/vine'
import type { Hooks } from '../types.js'
import { LAST_TEST, sendTestMessage, type TestResult } from './test_message.js'

const testSchema = vine.object({
  channel: vine
    .string()
    .trim()
    .regex(/^[A-Z0-9]{2,30}$/)
    .optional(),
})

/** Admin → Slack notifications: the connection at a glance and "Send a test message". */
export default function registerAdmin(hooks: Hooks) {
  hooks.page('admin', {
    name: 'admin',
    path: '/admin',
    component: 'SlackAdmin',
    title: 'Slack notifications',
    load: async (_request, context) => ({
      mode: context.settings.mode,
      routes: context.settings.routes.length,
      firstChannel: context.settings.routes.find((route) => route.channel)?.channel ?? null,
      lastTest: await context.store.get<TestResult>(LAST_TEST),
    }),
  })

  const handle = async (
    request: Parameters<Parameters<Hooks['action']>[0]['handle']>[0],
    context: Parameters<Parameters<Hooks['action']>[0]['handle']>[1]
  ) => {
    const { channel } = await request.validate(testSchema)
    const result = await sendTestMessage(
      context,
      channel ?? context.settings.routes.find((route) => route.channel)?.channel
    )
    await context.store.set(LAST_TEST, result)
    return result
  }

  hooks.action({
    name: 'test',
    method: 'post',
    path: '/test',
    handle: async (request, context) => {
      const result = await handle(request, context)
      return {
        toast: result.ok
          ? `Slack answered: ${result.answer}`
          : 'Slack did not take the message: see the answer below.',
      }
    },
  })

  hooks.api({
    name: 'test',
    method: 'post',
    path: '/test',
    role: 'admin',
    summary: 'Sends a test message to Slack and answers what Slack said',
    handle: (request, context) => handle(request, context),
  })
}
