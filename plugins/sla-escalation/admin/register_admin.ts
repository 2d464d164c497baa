import type { Hooks } from '../types.js'

/** Admin → SLA: calendars, policies with their ladders, "Test a policy" and the report. */
export default function registerAdmin(_hooks: Hooks) {}
