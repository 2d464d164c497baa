/** Sign-in, passwords, profile, setup and the admin's user management. */
export default {
  // sign-in
  'The directory could not be reached. Try again in a moment, or sign in with a local account.':
    'Das Verzeichnis ist nicht erreichbar. Versuchen Sie es gleich noch einmal oder melden Sie sich mit einem lokalen Konto an.',
  'These credentials do not match an active account.':
    'Diese Anmeldedaten gehören zu keinem aktiven Konto.',
  'Too many sign-in attempts. Try again in {wait}.':
    'Zu viele Anmeldeversuche. Versuchen Sie es in {wait} erneut.',
  '{count} minutes': '{count} Minuten',
  '1 second': '1 Sekunde',
  '{count} seconds': '{count} Sekunden',
  'You have been signed out.': 'Sie wurden abgemeldet.',
  // passwords
  'If an account exists for that address, a link to choose a new password is on its way.':
    'Falls zu dieser Adresse ein Konto existiert, ist ein Link zum Festlegen eines neuen Passworts unterwegs.',
  'This link is invalid or has expired. Ask for a new one.':
    'Dieser Link ist ungültig oder abgelaufen. Fordern Sie einen neuen an.',
  'Your password is set. Sign in with it now.':
    'Ihr Passwort ist gesetzt. Melden Sie sich jetzt damit an.',
  'The current password is not correct.': 'Das aktuelle Passwort ist nicht korrekt.',
  'Your password has been changed. Other devices were signed out.':
    'Ihr Passwort wurde geändert. Andere Geräte wurden abgemeldet.',
  // profile
  'Your profile has been saved.': 'Ihr Profil wurde gespeichert.',
  'Your notification settings have been saved.': 'Ihre Benachrichtigungen wurden gespeichert.',
  'Only agents and admins get this notification.':
    'Diese Benachrichtigung erhalten nur Agenten und Administratoren.',
  // setup
  'Welcome to Switchboard, {name}. Your helpdesk is ready.':
    'Willkommen bei Switchboard, {name}. Ihr Helpdesk ist bereit.',
  // admin: users
  '{name} was created, but the invitation e-mail could not be sent. Check the mail settings and use "Resend invitation".':
    '{name} wurde angelegt, aber die Einladung konnte nicht per E-Mail gesendet werden. Prüfen Sie die E-Mail-Einstellungen und verwenden Sie „Einladung erneut senden“.',
  'Invitation sent to {email}.': 'Einladung an {email} gesendet.',
  '{name} can now sign in.': '{name} kann sich jetzt anmelden.',
  'Changes saved.': 'Änderungen gespeichert.',
  'The invitation e-mail could not be sent. Check the mail settings.':
    'Die Einladung konnte nicht per E-Mail gesendet werden. Prüfen Sie die E-Mail-Einstellungen.',
  '{name} can sign in again.': '{name} kann sich wieder anmelden.',
  '{name} has been deactivated and signed out.': '{name} wurde deaktiviert und abgemeldet.',
  'An organization needs at least one active admin.':
    'Eine Organisation braucht mindestens einen aktiven Administrator.',
  // AdonisJS packages' messages (app/i18n/framework_messages.ts)
  'Sign in to continue.': 'Bitte melden Sie sich an, um fortzufahren.',
  'This page has expired. Reload it and try again.':
    'Diese Seite ist abgelaufen. Laden Sie sie neu und versuchen Sie es noch einmal.',
  'Access denied': 'Zugriff verweigert',
  'The form could not be saved. Please check the errors below.':
    'Das Formular konnte nicht gespeichert werden. Bitte prüfen Sie die Fehler unten.',
  // the API's error summaries (Accept-Language: de)
  'The request is invalid.': 'Die Anfrage ist ungültig.',
  'Too many requests.': 'Zu viele Anfragen.',
  'Too many requests. Try again in {wait}.':
    'Zu viele Anfragen. Versuchen Sie es in {wait} erneut.',
  'Something went wrong on our side. Quote the request id when you report it.':
    'Bei uns ist etwas schiefgelaufen. Nennen Sie die Request-ID, wenn Sie es melden.',
  'That device has been signed out.': 'Dieses Gerät wurde abgemeldet.',
  'You have been signed out everywhere else.': 'Sie wurden überall sonst abgemeldet.',
  'Switchboard cannot reach its session store right now. Nothing you saved is lost; try again in a moment.':
    'Switchboard erreicht seinen Sitzungsspeicher gerade nicht. Nichts, was Sie gespeichert haben, ist verloren; versuchen Sie es gleich noch einmal.',
  'This contains a character that cannot be stored (a NUL byte or a broken Unicode sequence).':
    'Dies enthält ein Zeichen, das nicht gespeichert werden kann (ein NUL-Byte oder eine defekte Unicode-Folge).',
  'The address contains a character that is not allowed ({field}).':
    'Die Adresse enthält ein unzulässiges Zeichen ({field}).',
  'Not found.': 'Nicht gefunden.',
  'Request failed.': 'Die Anfrage ist fehlgeschlagen.',
} as Record<string, string>
