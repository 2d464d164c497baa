/**
 * An SMTP server that accepts every message and keeps nothing, for
 * benchmarks that run the app with NODE_ENV=production (which needs an
 * SMTP server): the worker's mail then goes over a real SMTP connection,
 * as in production, without a catcher parsing and storing each message.
 */
import { SMTPServer } from 'smtp-server'

export async function startSmtpSink() {
  let received = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      stream.resume()
      stream.on('end', () => {
        received++
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
