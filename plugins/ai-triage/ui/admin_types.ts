/** What Admin → AI triage receives (admin/register_admin.ts). */

export type Model = {
  field: string
  version: number
  examples: number
  classes: number
  metrics: Record<string, number> | null
  trainedAt: string
}

/** The accuracy report of one field (report/accuracy_report.ts computes it). */
export type FieldAccuracy = {
  field: string
  mode: 'off' | 'suggest' | 'auto'
  threshold: number
  suggested: number
  autoApplied: number
  autoKept: number
  agentApplied: number
  agentKept: number
  dismissed: number
  pending: number
  pendingMatching: number
  settled: number
  settledRight: number
  covered: number
  coveredRight: number
}

export type ThresholdRow = {
  threshold: number
  coverage: number
  count: number
  precision: number | null
}

export type FieldEvaluation = {
  field: string
  examples: number
  majority: number
  skipped?: string
  accuracy?: number
  ece?: number
  labels?: string[]
  confusion?: number[][]
  thresholds?: ThresholdRow[]
  coverageAt95?: { precision: number; threshold: number | null; coverage: number }
}

export type Evaluation = {
  requested: boolean
  runningSince: string | null
  error: string | null
  maxTickets: number
  result: { evaluatedAt: string; tickets: number; folds: number; fields: FieldEvaluation[] } | null
}

export type AdminData = {
  models: Model[]
  trainingRequested: boolean
  lastTraining: string | null
  engine: 'offline' | 'model'
  tokensToday: number
  tokensByDay: { day: string; tokens: number }[]
  tokenBudget: number | null
  period: { from: string; to: string; zone: string }
  accuracy: FieldAccuracy[]
  evaluation: Evaluation
}
