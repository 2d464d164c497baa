import { test } from '@japa/runner'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AttachmentIntake, {
  ATTACHMENT_LIMITS,
  RefusedAttachment,
} from '#services/tickets/attachment_intake'

/** A real 1×1 PNG. */
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6300010000050001' +
    '0d0a2db40000000049454e44ae426082',
  'hex'
)
/** The first bytes of a Windows executable. */
const EXE = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(62),
  Buffer.from('PE\0\0'),
  Buffer.alloc(200),
])

async function upload(name: string, bytes: Buffer) {
  const dir = await mkdtemp(join(tmpdir(), 'intake-'))
  const tmpPath = join(dir, 'upload')
  await writeFile(tmpPath, bytes)
  return { clientName: name, tmpPath, size: bytes.length }
}

test.group('Attachment intake', () => {
  test('judges type by the bytes, not the name', async ({ assert }) => {
    const [png] = await AttachmentIntake.inspect([await upload('holiday.pdf', PNG)])
    assert.equal(png.contentType, 'image/png')
    assert.equal(png.fileName, 'holiday.pdf')
    assert.lengthOf(png.checksum, 64)
  })

  test('refuses an executable named like a picture, naming the file and why', async ({
    assert,
  }) => {
    try {
      await AttachmentIntake.inspect([await upload('cat.jpg', EXE)])
      assert.fail('expected a refusal')
    } catch (error) {
      assert.instanceOf(error, RefusedAttachment)
      assert.equal((error as RefusedAttachment).messages[0].field, 'attachments')
      assert.match((error as Error).message, /^cat\.jpg was refused: its content is EXE/)
    }
  })

  test('accepts UTF-8 text, refuses binary noise', async ({ assert }) => {
    const [text] = await AttachmentIntake.inspect([
      await upload('log.txt', Buffer.from('Grüße\nline 2\n')),
    ])
    assert.equal(text.contentType, 'text/plain')
    const [csv] = await AttachmentIntake.inspect([
      await upload('data.csv', Buffer.from('a,b\n1,2\n')),
    ])
    assert.equal(csv.contentType, 'text/csv')
    await assert.rejects(
      async () =>
        AttachmentIntake.inspect([await upload('blob.bin', Buffer.from([0, 159, 146, 150, 0, 1]))]),
      /blob\.bin was refused: its content is not a recognised/
    )
  })

  test('enforces the size and count limits and refuses empty files', async ({ assert }) => {
    const big = {
      clientName: 'huge.pdf',
      tmpPath: '/dev/null',
      size: ATTACHMENT_LIMITS.maxBytes + 1,
    }
    await assert.rejects(
      () => AttachmentIntake.inspect([big]),
      /huge\.pdf was refused: it is 10 MB, larger than the 10 MB limit/
    )
    const many = await Promise.all(
      Array.from({ length: ATTACHMENT_LIMITS.maxFiles + 1 }, (_, n) =>
        upload(`f${n}.txt`, Buffer.from('x'))
      )
    )
    await assert.rejects(
      () => AttachmentIntake.inspect(many),
      /6 files were attached; at most 5 can be attached at once/
    )
    await assert.rejects(
      async () => AttachmentIntake.inspect([await upload('empty.txt', Buffer.alloc(0))]),
      /empty\.txt was refused: the file is empty/
    )
  })

  test('strips paths and control characters from file names', async ({ assert }) => {
    const [file] = await AttachmentIntake.inspect([
      await upload('..\\..\\etc/pass"wd\u0007.txt', Buffer.from('x')),
    ])
    assert.equal(file.fileName, 'passwd.txt')
  })
})
