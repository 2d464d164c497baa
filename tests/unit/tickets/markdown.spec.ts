import { test } from '@japa/runner'
import { inlineImagesAsLinks, markdownToText, renderMarkdown } from '#services/tickets/markdown'

/** Payloads from the OWASP XSS filter evasion cheat sheet, as people could type them. */
const ATTACKS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:alert(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<iframe src="https://evil.example"></iframe>',
  '![x](javascript:alert(1))',
  '<p onclick="alert(1)">hi</p>',
  '<style>body{display:none}</style>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '[x](  javascript:alert(1))',
]

test.group('Markdown rendering', () => {
  test('formats the Markdown people type', ({ assert }) => {
    const html = renderMarkdown(
      '**bold** and `code`\n\n- one\n- two\n\n[docs](https://example.com)'
    )
    assert.include(html, '<strong>bold</strong>')
    assert.include(html, '<code>code</code>')
    assert.include(html, '<li>one</li>')
    assert.match(
      html,
      /<a href="https:\/\/example.com" rel="noopener noreferrer nofollow" target="_blank">docs<\/a>/
    )
  })

  for (const attack of ATTACKS) {
    test(`neutralises ${attack}`, ({ assert }) => {
      const html = renderMarkdown(`Before ${attack} after`)
      /** Only real tags matter: text escaped to &lt;…&gt; is inert. */
      assert.notMatch(html, /<(script|iframe|svg|img|style|object|embed)/i)
      assert.notMatch(html, /<[^>]+\son\w+\s*=/i)
      assert.notMatch(html, /<a[^>]+href="\s*(javascript|vbscript|data):/i)
      assert.notMatch(html, /<[^>]+\ssrc=/i)
      assert.notMatch(html, /<[^>]+\sstyle=/i)
    })
  }

  test('images are links unless the caller vouches for them; never markup shown as text', ({
    assert,
  }) => {
    const html = renderMarkdown(
      '![screen](/tickets/1/attachments/2) and ![cat](https://x.example/c.png)'
    )
    assert.notInclude(html, '<img')
    assert.notInclude(html, '&lt;img')
    assert.match(html, /<a href="\/tickets\/1\/attachments\/2"[^>]*>screen<\/a>/)
    assert.match(html, /<a href="https:\/\/x.example\/c.png"[^>]*>cat<\/a>/)
    assert.match(renderMarkdown('![](https://x.example/c.png)'), />https:\/\/x.example\/c.png<\/a>/)
  })

  test('a vouched image shows inline, from this install only', ({ assert }) => {
    const images = (url: string) =>
      url === '/tickets/1/attachments/2' ? '/tickets/1/attachments/2?inline=1' : null
    assert.include(
      renderMarkdown('![the "screen" <b>](/tickets/1/attachments/2)', images),
      '<img src="/tickets/1/attachments/2?inline=1" alt="the &quot;screen&quot; &lt;b&gt;" />'
    )
    assert.match(renderMarkdown('![x](/elsewhere)', images), /<a href="\/elsewhere"/)
    for (const foreign of [
      'https://evil.example/x.png',
      '//evil.example/x.png',
      'javascript:alert(1)',
    ]) {
      const html = renderMarkdown('![x](/tickets/1/attachments/2)', () => foreign)
      assert.notInclude(html, '<img', `${foreign} must not become an image`)
    }
  })

  test('in e-mails, inline images become links to the file', ({ assert }) => {
    const html = renderMarkdown(
      'Look: ![screen](/tickets/1/attachments/2) here',
      (url) => `${url}?inline=1`
    )
    assert.equal(
      inlineImagesAsLinks(html, 'https://help.example.com'),
      '<p>Look: <a href="https://help.example.com/tickets/1/attachments/2?inline=1" rel="noopener noreferrer nofollow" target="_blank">screen</a> here</p>\n'
    )
  })

  test('text parts keep the words and drop the markup', ({ assert }) => {
    assert.equal(markdownToText('**Hi** <b>there</b>'), 'Hi &lt;b&gt;there&lt;/b&gt;')
  })
})
