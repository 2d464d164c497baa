import type { TransactionClientContract } from '@adonisjs/lucid/types/database'

/**
 * Hands out the next human number of an organization inside the caller's
 * transaction. The counter row stays locked until that transaction ends:
 * concurrent creations queue, and a rollback gives the number back, so
 * numbers are unique and gap-free.
 */
export async function nextTicketNumber(organizationId: number, trx: TransactionClientContract) {
  const result = await trx.rawQuery(
    `INSERT INTO ticket_counters (organization_id, last_number) VALUES (?, 1001)
     ON CONFLICT (organization_id) DO UPDATE SET last_number = ticket_counters.last_number + 1
     RETURNING last_number`,
    [organizationId]
  )
  return Number(result.rows[0].last_number)
}

export function formatReference(prefix: string, number: number) {
  return `${prefix}-${number}`
}
