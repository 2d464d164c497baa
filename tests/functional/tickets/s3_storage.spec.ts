import { test } from '@japa/runner'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import getPort from 'get-port'
import S3rver from 's3rver'
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import User from '#models/user'
import Organization from '#models/organization'
import Attachment from '#models/attachment'
import { startServerProcess } from '#tests/support/server_process'
import { PNG_BYTES, helpdesk } from '#tests/support/tickets'

const BUCKET = 'switchboard-attachments'
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/**
 * DRIVE_DISK=s3 end to end: a server process configured for an
 * S3-compatible store (s3rver, a local server speaking the S3 wire
 * protocol) takes an attachment through the API, keeps it in the bucket,
 * not on local disk, and streams it back only through the authorized route.
 * The server runs in its own process, so this group commits its data and
 * deletes it afterwards instead of using a rolled-back transaction.
 */
test.group('Attachments on S3-compatible storage', (group) => {
  const organizations: number[] = []
  group.each.teardown(async () => {
    await Organization.query().whereIn('id', organizations.splice(0)).delete()
  })

  test('a file uploaded through the API lands in the bucket and downloads intact', async ({
    assert,
  }) => {
    const directory = await mkdtemp(join(tmpdir(), 's3rver-'))
    const localRoot = await mkdtemp(join(tmpdir(), 'drive-fs-'))
    const port = await getPort()
    const s3 = new S3rver({
      port,
      address: '127.0.0.1',
      directory,
      silent: true,
      configureBuckets: [{ name: BUCKET, configs: [] }],
    })
    await s3.run()
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    const server = await startServerProcess({
      DRIVE_DISK: 's3',
      DRIVE_ROOT: localRoot,
      S3_BUCKET: BUCKET,
      S3_REGION: 'us-east-1',
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_ACCESS_KEY_ID: KEYS.accessKeyId,
      S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
    })
    try {
      assert.isNull(server.exitCode, server.output())
      const token = async (user: User) => {
        const issued = await User.accessTokens.create(user)
        return issued.value!.release()
      }
      const form = new FormData()
      form.set('group_id', String(desk.it.id))
      form.set('title', 'Screenshot on S3')
      form.set('description', 'See the picture')
      form.append('attachments[]', new Blob([PNG_BYTES], { type: 'image/png' }), 'error.png')
      const customer = await token(desk.customer)
      const created = await fetch(`${server.url}/api/v1/tickets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${customer}` },
        body: form,
      })
      const body = (await created.json()) as {
        data: { id: number; attachments: { id: number }[] }
      }
      assert.equal(created.status, 201, JSON.stringify(body))
      const ticketId = body.data.id
      const attachmentId = body.data.attachments[0].id

      const stored = await Attachment.findOrFail(attachmentId)
      const listing = await new S3Client({
        region: 'us-east-1',
        endpoint: `http://127.0.0.1:${port}`,
        forcePathStyle: true,
        credentials: KEYS,
      }).send(new ListObjectsV2Command({ Bucket: BUCKET }))
      assert.deepEqual(
        listing.Contents?.map((object) => object.Key),
        [stored.storageKey]
      )
      assert.equal(listing.Contents?.[0].Size, PNG_BYTES.length)

      const path = `/api/v1/tickets/${ticketId}/attachments/${attachmentId}`
      const download = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${customer}` },
      })
      assert.equal(download.status, 200)
      assert.equal(download.headers.get('content-type'), 'image/png')
      assert.deepEqual(Buffer.from(await download.arrayBuffer()), PNG_BYTES)

      const stranger = await helpdesk()
      organizations.push(stranger.organization.id)
      const denied = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${await token(stranger.customer)}` },
      })
      assert.equal(denied.status, 404)
    } finally {
      await server.stop()
      await s3.close()
      await rm(directory, { recursive: true, force: true })
      await rm(localRoot, { recursive: true, force: true })
    }
  }).timeout(60_000)
})
