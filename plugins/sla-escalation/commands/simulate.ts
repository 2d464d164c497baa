import { readFile } from 'node:fs/promises'
import type { Hooks } from '../types.js'
import { simulate } from '../clock/simulation.js'

async function readStdin() {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

/** Parses the input and names where JSON itself is broken, before the fields are checked. */
function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Error(`${source} is not valid JSON: ${(error as Error).message}`)
  }
}

/**
 * `node ace sla-escalation:simulate [--file F]`: one ticket timeline in,
 * its SLA clocks out, without a database (issue point 4). Installation-wide:
 * an admin testing a policy needs no organization.
 */
export default function registerSimulate(hooks: Hooks) {
  hooks.command(
    'simulate',
    {
      description: 'Evaluates one ticket timeline against SLA policies (JSON in, JSON out)',
      scope: 'installation',
      flags: {
        file: {
          type: 'string',
          description: 'Read the input from this file (default: standard input)',
        },
      },
    },
    async (context, flags) => {
      const text = flags.file ? await readFile(flags.file, 'utf8') : await readStdin()
      const input = parseJson(text, flags.file ?? 'standard input')
      context.print(JSON.stringify(simulate(input), null, 2))
    }
  )
}
