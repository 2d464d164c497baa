/**
 * A real SMTP server process for the test suite: accepts every message on
 * SMTP_PORT and serves what it received as JSON over HTTP on HTTP_PORT
 * (GET /messages, DELETE /messages). Started by tests/bootstrap.ts.
 * POST /refusals {address, times} greylists an address: its next `times`
 * RCPT TO get "450", as a real server answers "try again later".
 */
import http from 'node:http'
import { SMTPServer } from 'smtp-server'
import { simpleParser } from 'mailparser'

const smtpPort = Number(process.env.SMTP_PORT ?? 2525)
const httpPort = Number(process.env.HTTP_PORT ?? 2526)
let messages = []
const refusals = new Map()

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  /**
   * The app pools its connections and keeps them open while idle; a
   * stopped catcher drops them at once, as a crashed server would, instead
   * of waiting 30 s for the client to hang up.
   */
  closeTimeout: 100,
  onRcptTo(address, session, callback) {
    const key = address.address.toLowerCase()
    const left = refusals.get(key) ?? 0
    if (left > 0) {
      refusals.set(key, left - 1)
      const error = new Error('4.2.0 Greylisted, try again later')
      error.responseCode = 450
      callback(error)
      return
    }
    callback()
  },
  onData(stream, session, callback) {
    const chunks = []
    stream.on('data', (chunk) => chunks.push(chunk))
    stream.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const parsed = await simpleParser(raw)
      messages.push({
        envelope: {
          from: session.envelope.mailFrom?.address ?? null,
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        },
        subject: parsed.subject ?? '',
        from: parsed.from?.text ?? '',
        to: parsed.to
          ? [parsed.to]
              .flat()
              .map((a) => a.text)
              .join(', ')
          : '',
        messageId: parsed.messageId ?? null,
        inReplyTo: parsed.inReplyTo ?? null,
        references: parsed.references ?? null,
        headers: Object.fromEntries(
          [...parsed.headers].map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])
        ),
        text: parsed.text ?? '',
        html: parsed.html || '',
        raw,
      })
      callback()
    })
  },
})

const api = http.createServer((req, res) => {
  if (req.url === '/messages' && req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify(messages))
    return
  }
  if (req.url === '/messages' && req.method === 'DELETE') {
    messages = []
    refusals.clear()
    res.writeHead(204)
    res.end()
    return
  }
  if (req.url === '/refusals' && req.method === 'POST') {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const { address, times } = JSON.parse(body)
      refusals.set(String(address).toLowerCase(), Number(times ?? 1))
      res.writeHead(204)
      res.end()
    })
    return
  }
  res.writeHead(404)
  res.end()
})

smtp.listen(smtpPort, '127.0.0.1', () => {
  api.listen(httpPort, '127.0.0.1', () => {
    process.stdout.write(`ready smtp=${smtpPort} http=${httpPort}\n`)
  })
})

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => {
    smtp.close(() => api.close(() => process.exit(0)))
  })
}
