import env from '#start/env'
import Mailbox from '#models/mailbox'

/**
 * The addresses Switchboard sends from or fetches for: mail from one of
 * them is our own (a notification that came back round, another mailbox
 * forwarding to this one) and must never open a ticket.
 */
export function ownAddresses(mailbox: Mailbox) {
  // Read once per fetch (the fetcher hands every message the same mailbox), not per message.
  let addresses = known.get(mailbox)
  if (!addresses) {
    addresses = read(mailbox)
    known.set(mailbox, addresses)
  }
  return addresses
}

const known = new WeakMap<Mailbox, Promise<string[]>>()

async function read(mailbox: Mailbox) {
  const mailboxes = await Mailbox.query()
    .withScopes((scopes) => scopes.forOrganization(mailbox.organizationId))
    .select('username')
  const addresses = [env.get('MAIL_FROM'), ...mailboxes.map((row) => row.username)]
  return addresses
    .filter((address): address is string => typeof address === 'string' && address.includes('@'))
    .map((address) => address.toLowerCase())
}
