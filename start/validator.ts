/*
|--------------------------------------------------------------------------
| Validation messages
|--------------------------------------------------------------------------
|
| Every validator's messages, from app/validators/messages.ts.
|
*/

import vine, { SimpleMessagesProvider } from '@vinejs/vine'
import { fieldNames, validationMessages } from '#validators/messages'

vine.messagesProvider = new SimpleMessagesProvider(validationMessages, fieldNames)
