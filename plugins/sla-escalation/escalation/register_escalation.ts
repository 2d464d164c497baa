import type { Hooks } from '../types.js'

/** The sweep that fires due ladder steps. */
export default function registerEscalation(_hooks: Hooks) {}
