/**
 * A recurring job. Registered as a BullMQ job scheduler under its id, so
 * it fires once per interval however many workers run.
 */
export type ScheduledJob = {
  id: string
  /** Interval in milliseconds. */
  every: number
  /** `tick`: the time the scheduler meant this run for, the same for every worker. */
  run(tick: { at: number }): Promise<unknown>
}
