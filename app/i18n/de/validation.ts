/**
 * Validation messages (app/validators/messages.ts) and the password rule's
 * reasons. German sentences put the field's name first, in quotes, so the
 * same text serves the app's forms and plugins' labelled settings.
 */
export default {
  'The {{ field }} is required.': '„{{ field }}“ ist ein Pflichtfeld.',
  'The {{ field }} must be text.': '„{{ field }}“ muss ein Text sein.',
  'Enter a valid e-mail address.': 'Geben Sie eine gültige E-Mail-Adresse ein.',
  'The {{ field }} must be at least {{ min }} characters long.':
    '„{{ field }}“ muss mindestens {{ min }} Zeichen lang sein.',
  'The {{ field }} must be at most {{ max }} characters long.':
    '„{{ field }}“ darf höchstens {{ max }} Zeichen lang sein.',
  'Choose one of the offered {{ field }} options.':
    'Wählen Sie für „{{ field }}“ eine der angebotenen Möglichkeiten.',
  'Choose a {{ field }} from the list.':
    'Wählen Sie für „{{ field }}“ einen Eintrag aus der Liste.',
  'The {{ field }} must be yes or no.': '„{{ field }}“ muss Ja oder Nein sein.',
  'The {{ field }} must be a number.': '„{{ field }}“ muss eine Zahl sein.',
  'The {{ field }} must be a date.': '„{{ field }}“ muss ein Datum sein.',
  'The last day must be on or after the first day.':
    'Der letzte Tag darf nicht vor dem ersten liegen.',
  'The {{ field }} must be at least {{ min }}.': '„{{ field }}“ muss mindestens {{ min }} sein.',
  'The {{ field }} must be at most {{ max }}.': '„{{ field }}“ darf höchstens {{ max }} sein.',
  'The {{ field }} must be between {{ min }} and {{ max }}.':
    '„{{ field }}“ muss zwischen {{ min }} und {{ max }} liegen.',
  'The {{ field }} must be a whole number.': '„{{ field }}“ muss eine ganze Zahl sein.',
  'The {{ field }} must be a positive number.': '„{{ field }}“ muss eine positive Zahl sein.',
  'The {{ field }} must be a list.': '„{{ field }}“ muss eine Liste sein.',
  'The {{ field }} must be a file.': '„{{ field }}“ muss eine Datei sein.',
  'The {{ field }} is not in the expected format.': '„{{ field }}“ hat nicht das erwartete Format.',
  'The {{ field }} needs at least {{ min }} entries.':
    '„{{ field }}“ braucht mindestens {{ min }} Einträge.',
  'The {{ field }} can have at most {{ max }} entries.':
    '„{{ field }}“ darf höchstens {{ max }} Einträge haben.',
  'Select at least one ticket.': 'Wählen Sie mindestens ein Ticket aus.',
  'Select at most {{ max }} tickets at once.':
    'Wählen Sie höchstens {{ max }} Tickets auf einmal aus.',
  'The {{ field }} must be a full URL, like https://example.com.':
    '„{{ field }}“ muss eine vollständige URL sein, etwa https://example.com.',
  'The passwords do not match.': 'Die Passwörter stimmen nicht überein.',
  'There is no such {{ field }}.': '„{{ field }}“ gibt es nicht.',
  'The {{ field }} must be a future date or time.':
    '„{{ field }}“ muss ein Datum oder eine Uhrzeit in der Zukunft sein.',
  'Enter a host name or an IP address.': 'Geben Sie einen Hostnamen oder eine IP-Adresse ein.',
  'Each {{ field }} may be chosen only once.':
    'Jeder Wert für „{{ field }}“ darf nur einmal gewählt werden.',
  'This {{ field }} is already in use.': 'Dieser Wert für „{{ field }}“ wird bereits verwendet.',
  'Use 1 to 10 letters or digits, starting with a letter.':
    'Verwenden Sie 1 bis 10 Buchstaben oder Ziffern, beginnend mit einem Buchstaben.',
  'Unknown status. Use open, assigned, in_progress, waiting_on_customer, resolved or closed.':
    'Unbekannter Status. Verwenden Sie open, assigned, in_progress, waiting_on_customer, resolved oder closed.',
  'Unknown priority. Use low, medium, high or critical.':
    'Unbekannte Priorität. Verwenden Sie low, medium, high oder critical.',
  'Unknown format. Use csv or xlsx.': 'Unbekanntes Format. Verwenden Sie csv oder xlsx.',
  'Unknown sort. Use newest, oldest, updated, priority, relevance or plugin:<plugin>:<sort>.':
    'Unbekannte Sortierung. Verwenden Sie newest, oldest, updated, priority, relevance oder plugin:<plugin>:<sort>.',
  // password strength (app/validators/rules/password_strength.ts)
  'The password must be at least 10 characters long.':
    'Das Passwort muss mindestens 10 Zeichen lang sein.',
  'The password must be at most 128 characters long.':
    'Das Passwort darf höchstens 128 Zeichen lang sein.',
  'The password must mix letters with at least one digit or symbol.':
    'Das Passwort muss Buchstaben mit mindestens einer Ziffer oder einem Sonderzeichen mischen.',
  'This password is too common or too simple. Choose another one.':
    'Dieses Passwort ist zu verbreitet oder zu einfach. Wählen Sie ein anderes.',
} as Record<string, string>

/**
 * Form fields as the German forms label them, by the name the validators
 * give them (camelCase for the web, snake_case for the API).
 */
export const fields: Record<string, string> = {
  customerPriorities: 'Prioritäten für Kunden',
  agent_id: 'Agent',
  interval: 'Intervall',
  moveOpenTicketsTo: 'Offene Tickets verschieben nach',
  move_open_tickets_to: 'Offene Tickets verschieben nach',
  action: 'Aktion',
  createMissing: 'Fehlende Gruppen anlegen',
  defaultGroupId: 'Gruppe für Zeilen ohne Gruppe',
  dryRun: 'Probelauf',
  kind: 'Inhalt der Datei',
  mapping: 'Spaltenzuordnung',
  valueMaps: 'Wertetabelle',
  value_maps: 'Wertetabelle',
  create_missing: 'Fehlende Gruppen anlegen',
  default_group_id: 'Gruppe für Zeilen ohne Gruppe',
  dry_run: 'Probelauf',
  actorId: 'Akteur',
  assignedTo: 'Bearbeiter',
  assigned_to: 'Bearbeiter',
  assigneeId: 'Bearbeiter',
  attachments: 'Anhänge',
  autoCloseDays: 'Tage bis zum automatischen Schließen',
  body: 'Antwort',
  categoryId: 'Kategorie',
  category_id: 'Kategorie',
  createdFrom: 'Erstellt ab',
  created_from: 'Erstellt ab',
  createdTo: 'Erstellt bis',
  created_to: 'Erstellt bis',
  currentPassword: 'Aktuelles Passwort',
  defaultLocale: 'Standardsprache',
  department: 'Abteilung',
  externalId: 'Externe ID',
  description: 'Beschreibung',
  direction: 'Richtung',
  email: 'E-Mail-Adresse',
  enabled: 'Aktivierung',
  entityType: 'Objekt',
  format: 'Format',
  from: 'Von',
  groupId: 'Gruppe',
  groupIds: 'Gruppen',
  group_id: 'Gruppe',
  ids: 'Tickets',
  internal: 'Interne Notiz',
  isActive: 'Status',
  is_active: 'Status',
  locale: 'Sprache',
  name: 'Name',
  onboarding: 'Anmeldemethode',
  organizationName: 'Name der Organisation',
  page: 'Seite',
  password: 'Passwort',
  passwordConfirmation: 'Passwortbestätigung',
  perPage: 'Einträge pro Seite',
  priority: 'Priorität',
  q: 'Suche',
  queue: 'Warteschlange',
  refresh_token: 'Refresh-Token',
  remember: 'Angemeldet bleiben',
  requesterId: 'Anfragende Person',
  role: 'Rolle',
  signInOrder: 'Reihenfolge bei der Anmeldung',
  sort: 'Sortierung',
  status: 'Status',
  subcategoryId: 'Unterkategorie',
  subcategory_id: 'Unterkategorie',
  theme: 'Design',
  ticketPrefix: 'Präfix für Ticketnummern',
  ticket_assigned: 'Mir zugewiesene Tickets',
  ticket_created_group: 'Neue Tickets in meinen Gruppen',
  ticket_created_receipt: 'Bestätigung für meine neuen Tickets',
  ticket_customer_replied: 'Antworten von Kunden',
  ticket_replied: 'Antworten auf meine Tickets',
  ticket_status_changed: 'Statusänderungen meiner Tickets',
  timezone: 'Zeitzone',
  title: 'Betreff',
  to: 'Bis',
  token: 'Link',
  userId: 'Mitglied',
  user_id: 'Mitglied',
  awayUntil: 'Abwesend bis',
  away_until: 'Abwesend bis',
  assignmentMode: 'Automatische Zuweisung',
  assignmentMaxOpen: 'Höchstzahl offener Tickets',
  max_open: 'Höchstzahl offener Tickets',
  assignment: 'Automatische Zuweisung',
  mode: 'Modus',
  available: 'Verfügbar',
  host: 'Server',
  port: 'Port',
  tls: 'Verschlüsselung',
  verify_certificates: 'Zertifikatsprüfung',
  user: 'Benutzername',
  folder: 'Ordner',
  after_fetch: 'Nach dem Abholen',
  move_to: 'Ordner für abgeholte E-Mails',
  allow_cc_replies: 'Antworten von Personen in Kopie',
  loop_limit: 'Nachrichten je Absender',
  loop_window_minutes: 'Zeitraum des Schleifenschutzes (Minuten)',
}
