/**
 * Sent with every response, files and errors included: links out of
 * Switchboard carry only its origin (never a ticket URL with its id or
 * search words), and the pages may not use devices or APIs they never need.
 */
export const PRIVACY_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'browsing-topics=()',
    'camera=()',
    'display-capture=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'usb=()',
  ].join(', '),
}
