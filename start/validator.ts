/*
|--------------------------------------------------------------------------
| Validation messages
|--------------------------------------------------------------------------
|
| Every validator's messages, from app/validators/messages.ts: in English
| outside requests (commands), in the reader's language within one.
|
*/

import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import { RequestValidator } from '@adonisjs/core/http'
import { fieldNames, validationMessages } from '#validators/messages'
import { validationMessagesFor } from '#i18n/validation_messages'

vine.messagesProvider = new SimpleMessagesProvider(validationMessages, fieldNames)
RequestValidator.messagesProvider = (ctx) => validationMessagesFor(ctx.translator.locale)
