import type { Hooks } from '../types.js'
import { sweep } from './sweep.js'

/**
 * Fires due ladder steps twice a minute. The platform runs one tick per
 * organization at a time however many workers there are; the fired-steps
 * key is the second lock, for a tick that overran its budget.
 */
export default function registerEscalation(hooks: Hooks) {
  hooks.schedule('sweep', { every: '30s', budget: '25s' }, async (context) => {
    await sweep(context)
  })
}
