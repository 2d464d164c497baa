/** What Admin → LDAP sign-in receives (admin/register_admin.ts). */

export type CheckResult = { ok: boolean; at: string; lines: string[] }

export type Change = {
  kind: 'create' | 'update' | 'deactivate' | 'skip'
  email: string
  reason: string
}

export type Counts = Record<string, number>

export type Run = {
  id: number
  trigger: 'schedule' | 'manual' | 'command'
  status: 'preview' | 'done' | 'held' | 'failed'
  forced: boolean
  counts: Counts
  changes: Change[]
  changeCount: number
  error: string | null
  startedAt: string
  finishedAt: string
}

export type Preview = {
  at: string
  status: Run['status']
  counts: Counts
  changes: Change[]
  changeCount: number
  error: string | null
}

export type AdminData = {
  configured: boolean
  url: string | null
  syncEveryMinutes: number
  connection: CheckResult | null
  user: (CheckResult & { login: string }) | null
  preview: Preview | null
  syncRequested: { force: boolean } | null
  runs: Run[]
}
