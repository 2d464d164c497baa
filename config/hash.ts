import app from '@adonisjs/core/services/app'
import { defineConfig, drivers } from '@adonisjs/core/hash'

/**
 * scrypt with the parameters OWASP recommends as a minimum (N=2^15, r=8).
 * The test suite hashes hundreds of passwords, so it uses a cheaper cost:
 * same algorithm and code path, ~30x faster.
 */
const hashConfig = defineConfig({
  default: 'scrypt',
  list: {
    scrypt: drivers.scrypt({
      cost: app.inTest ? 1024 : 32768,
      blockSize: 8,
      parallelization: 1,
      maxMemory: 67108864,
    }),
  },
})

export default hashConfig

declare module '@adonisjs/core/types' {
  export interface HashersList extends InferHashers<typeof hashConfig> {}
}
