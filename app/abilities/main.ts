/*
|--------------------------------------------------------------------------
| Bouncer abilities
|--------------------------------------------------------------------------
|
| Area-wide checks that are not about one record. Record-level rules are
| policies in app/policies, named after the model they guard.
|
*/

import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

export const enterDesk = Bouncer.ability((user: User) => user.isStaff)

export const enterAdmin = Bouncer.ability((user: User) => user.isAdmin)
