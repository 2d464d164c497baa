import type { Hooks } from '../types.js'
import registerCalendarRoutes from './calendar_routes.js'
import registerPolicyRoutes from './policy_routes.js'
import registerTestPolicy from './test_policy.js'

/** Admin → SLA policies, SLA calendars and "Test an SLA policy" (the report is the desk's part). */
export default function registerAdmin(hooks: Hooks) {
  registerPolicyRoutes(hooks)
  registerCalendarRoutes(hooks)
  registerTestPolicy(hooks)
}
