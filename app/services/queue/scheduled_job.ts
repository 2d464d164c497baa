/**
 * A recurring job. Registered as a BullMQ job scheduler under its id, so
 * it fires once per interval however many workers run.
 */
export type ScheduledJob = {
  id: string
  /** Interval in milliseconds. */
  every: number
  run(): Promise<unknown>
}
