/** Administration: the e-mail channel (issue 17), and its traces on the desk's ticket page. */
export default {
  'Channels': 'Kanäle',
  'E-mail channel': 'E-Mail-Kanal',
  'Mailboxes whose mail becomes tickets and replies.':
    'Postfächer, deren E-Mails zu Tickets und Antworten werden.',
  'New mailbox': 'Neues Postfach',
  'No mailboxes yet': 'Noch keine Postfächer',
  'Add a mailbox to turn incoming mail into tickets.':
    'Fügen Sie ein Postfach hinzu, um eingehende E-Mails in Tickets zu verwandeln.',
  'Last fetched': 'Zuletzt abgeholt',
  'An IMAP mailbox whose mail becomes tickets and replies.':
    'Ein IMAP-Postfach, dessen E-Mails zu Tickets und Antworten werden.',
  'For admins, e.g. Support or Billing.': 'Für Administratoren, z. B. Support oder Buchhaltung.',
  'IMAP server': 'IMAP-Server',
  'Port': 'Port',
  'Encryption': 'Verschlüsselung',
  'TLS (usually port 993)': 'TLS (meist Port 993)',
  'STARTTLS (usually port 143)': 'STARTTLS (meist Port 143)',
  'None: unencrypted, for test servers only': 'Keine: unverschlüsselt, nur für Testserver',
  'Port 993 is TLS from the start; port 143 upgrades with STARTTLS.':
    'Port 993 ist von Anfang an TLS; Port 143 wechselt mit STARTTLS zur Verschlüsselung.',
  'Verify the server certificate': 'Zertifikat des Servers prüfen',
  'Turn off only for a server with a self-signed certificate on a network you trust.':
    'Nur ausschalten für einen Server mit selbst signiertem Zertifikat in einem Netz, dem Sie vertrauen.',
  'User name': 'Benutzername',
  'A password is set. Leave blank to keep it.':
    'Ein Passwort ist gesetzt. Leer lassen, um es zu behalten.',
  'Stored encrypted; never shown again.':
    'Wird verschlüsselt gespeichert und nie wieder angezeigt.',
  'Folder': 'Ordner',
  'New tickets from this mailbox go to this group.':
    'Neue Tickets aus diesem Postfach gehen an diese Gruppe.',
  'After fetching': 'Nach dem Abholen',
  'Mark as read and move to a folder': 'Als gelesen markieren und in einen Ordner verschieben',
  'Delete from the server': 'Vom Server löschen',
  'Move to folder': 'In Ordner verschieben',
  'Accept replies from people in copy': 'Antworten von Personen in Kopie annehmen',
  'Otherwise only the requester and agents can reply by e-mail.':
    'Sonst können nur die anfragende Person und Agenten per E-Mail antworten.',
  'Loop protection: messages per sender': 'Schleifenschutz: Nachrichten je Absender',
  'Within (minutes)': 'Innerhalb von (Minuten)',
  'More mail than this from one sender is held for you to release.':
    'Mehr E-Mails eines Absenders werden zurückgehalten, bis Sie sie freigeben.',
  'Active: fetch mail from this mailbox': 'Aktiv: E-Mails aus diesem Postfach abholen',
  'Add mailbox': 'Postfach hinzufügen',
  'Delete mailbox': 'Postfach löschen',
  'Delete mailbox "{name}"? Its tickets stay.':
    'Postfach „{name}“ löschen? Seine Tickets bleiben erhalten.',
  'Mailbox sections': 'Bereiche des Postfachs',
  'Messages': 'Nachrichten',
  // Test connection
  'Test connection': 'Verbindung testen',
  'Testing…': 'Wird getestet …',
  'Tries the values above, before you save them.':
    'Probiert die Werte oben aus, bevor Sie sie speichern.',
  'Connection works.': 'Die Verbindung funktioniert.',
  'Folder {folder} has {count} messages. Encrypted: {encrypted}.':
    'Ordner {folder} enthält {count} Nachrichten. Verschlüsselt: {encrypted}.',
  'yes': 'ja',
  'no': 'nein',
  'Could not reach the server.': 'Der Server war nicht erreichbar.',
  'The encrypted connection failed.': 'Die verschlüsselte Verbindung ist fehlgeschlagen.',
  'The server refused the user name or password.':
    'Der Server hat Benutzername oder Passwort abgelehnt.',
  'Signed in, but the folder could not be opened.':
    'Angemeldet, aber der Ordner ließ sich nicht öffnen.',
  'The test could not be run. Try again.':
    'Der Test konnte nicht ausgeführt werden. Versuchen Sie es erneut.',
  // Messages tab
  'Messages of {name}': 'Nachrichten von {name}',
  'Every message this mailbox fetched, and what became of it.':
    'Jede Nachricht, die dieses Postfach abgeholt hat, und was daraus wurde.',
  'Filter by status': 'Nach Status filtern',
  'Replies': 'Antworten',
  'Ignored': 'Ignoriert',
  'Held': 'Zurückgehalten',
  'Failed (dead letters)': 'Fehlgeschlagen (unzustellbar)',
  'Pending': 'Ausstehend',
  'Opened a ticket': 'Ticket eröffnet',
  'Bounce': 'Unzustellbarkeitsmeldung',
  'Automatic reply': 'Automatische Antwort',
  'Read receipt': 'Lesebestätigung',
  'Sent from our own address': 'Von unserer eigenen Adresse gesendet',
  'Already fetched': 'Bereits abgeholt',
  'Mail to {recipient} bounced on {date}.':
    'Mail an {recipient} kam am {date} als unzustellbar zurück.',
  'No sender address': 'Keine Absenderadresse',
  'Sender not usable in this organization': 'Absender in dieser Organisation nicht verwendbar',
  'Sender deactivated': 'Absender deaktiviert',
  'Too much mail from this sender (loop protection)':
    'Zu viele E-Mails dieses Absenders (Schleifenschutz)',
  '(no subject)': '(kein Betreff)',
  'Download .eml': '.eml herunterladen',
  'Release': 'Freigeben',
  'No messages here': 'Hier sind keine Nachrichten',
  'Fetched mail shows here, with what it became.':
    'Abgeholte E-Mails erscheinen hier, mit dem, was aus ihnen wurde.',
  // The desk's ticket page
  'Original e-mail (.eml)': 'Original-E-Mail (.eml)',
  '{name} was not attached: {reason}': '{name} wurde nicht angehängt: {reason}',
  'Show quoted text': 'Zitierten Text anzeigen',
} as Record<string, string>
