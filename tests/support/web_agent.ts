import env from '#start/env'

/**
 * A browser-like HTTP client for session tests: it keeps cookies, asks for
 * pages as the Vue app does once loaded (Inertia JSON: no built assets
 * needed, so it works against a server process too), sends the CSRF token
 * the same way (X-XSRF-TOKEN from the XSRF-TOKEN cookie) and never follows
 * redirects, so a test sees where the server sends it. Its cookies can be
 * copied into another agent, as a thief would copy them.
 */
export class WebAgent {
  cookies = new Map<string, string>()

  constructor(
    public baseUrl = `http://${env.get('HOST')}:${env.get('PORT')}`,
    public userAgent = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0 Safari/537.36'
  ) {}

  /** A second agent holding a copy of this one's cookies. */
  copy(userAgent = this.userAgent) {
    const twin = new WebAgent(this.baseUrl, userAgent)
    twin.cookies = new Map(this.cookies)
    twin.inertiaVersion = this.inertiaVersion
    return twin
  }

  /** The asset version Inertia expects; learnt from the first 409 (version mismatch). */
  private inertiaVersion = ''

  async get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    const response = await this.request('GET', path, undefined, {
      'x-inertia': 'true',
      'x-inertia-version': this.inertiaVersion,
      ...headers,
    })
    if (response.status === 409 && !this.inertiaVersion) {
      this.inertiaVersion = String(((await response.json()) as { version: string }).version)
      return this.get(path, headers)
    }
    return response
  }

  /** The Inertia page a path answers with (component and props). */
  async page(path: string) {
    const response = await this.get(path)
    return (await response.json()) as { component: string; props: Record<string, any> }
  }

  /** A form submission (urlencoded), with the CSRF token; fetches a page first if there is none yet. */
  async submit(method: 'POST' | 'PUT' | 'DELETE', path: string, form: Record<string, string> = {}) {
    if (!this.cookies.has('XSRF-TOKEN')) {
      await this.get('/login')
    }
    return this.request(method, path, new URLSearchParams(form).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      'x-xsrf-token': decodeURIComponent(this.cookies.get('XSRF-TOKEN') ?? ''),
    })
  }

  async signIn(email: string, password: string) {
    const response = await this.submit('POST', '/login', { email, password })
    const area = response.headers.get('location') ?? ''
    if (response.status !== 302 || !['/admin', '/desk', '/portal'].includes(area)) {
      throw new Error(
        `sign-in of ${email} failed: ${response.status} ${response.headers.get('location')}`
      )
    }
    return response
  }

  /** Whether a page that needs a signed-in user opens (rather than sending to /login). */
  async isSignedIn() {
    const response = await this.get('/profile')
    return response.status === 200
  }

  private async request(
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string>
  ) {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      body,
      redirect: 'manual',
      headers: {
        'user-agent': this.userAgent,
        'cookie': [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...headers,
      },
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';')
      const name = pair.slice(0, pair.indexOf('='))
      const value = pair.slice(pair.indexOf('=') + 1)
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))
      if (expired || value === '') {
        this.cookies.delete(name)
      } else {
        this.cookies.set(name, value)
      }
    }
    return response
  }
}
