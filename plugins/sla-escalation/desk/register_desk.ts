import type { Hooks } from '../types.js'

/** The desk's sidebar panel and queue badges, and the portal's promise to the requester. */
export default function registerDesk(_hooks: Hooks) {}
