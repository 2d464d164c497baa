/** German: Admin → Import (upload, columns, values, dry run, progress, result) and the imported-ticket timeline. */
export default {
  // list and upload
  'Import': 'Import',
  'Bring tickets and users over from another helpdesk or a spreadsheet. Each file is checked in a dry run before anything is written.':
    'Übernehmen Sie Tickets und Benutzer aus einem anderen Helpdesk oder einer Tabelle. Jede Datei wird in einem Probelauf geprüft, bevor etwas geschrieben wird.',
  'Earlier imports': 'Bisherige Importe',
  'File': 'Datei',
  'Rows': 'Zeilen',
  'By': 'Von',
  'dry run': 'Probelauf',
  '{count} created': '{count} angelegt',
  '{skipped} skipped · {refused} refused': '{skipped} übersprungen · {refused} abgelehnt',
  'No imports yet': 'Noch keine Importe',
  'Upload a CSV or Excel file to start. Nothing is written before you confirm.':
    'Laden Sie eine CSV- oder Excel-Datei hoch. Geschrieben wird erst, wenn Sie bestätigen.',
  'New import': 'Neuer Import',
  'The file holds': 'Die Datei enthält',
  'CSV (comma, semicolon or tab separated) or Excel (.xlsx), up to {size}.':
    'CSV (durch Komma, Semikolon oder Tabulator getrennt) oder Excel (.xlsx), bis {size}.',
  'Uploading…': 'Wird hochgeladen …',
  'Upload and map columns': 'Hochladen und Spalten zuordnen',
  // statuses
  'Uploaded': 'Hochgeladen',
  'Checking': 'Wird geprüft',
  'Checked': 'Geprüft',
  'Queued': 'In der Warteschlange',
  'Importing': 'Wird importiert',
  'Completed': 'Abgeschlossen',
  'Cancelled': 'Abgebrochen',
  'Failed': 'Fehlgeschlagen',
  // the import's page
  '{kind} · uploaded by {name}, {date}': '{kind} · hochgeladen von {name}, {date}',
  'All imports': 'Alle Importe',
  'Delete import': 'Import löschen',
  'Delete this import? The tickets and users it created stay.':
    'Diesen Import löschen? Die angelegten Tickets und Benutzer bleiben erhalten.',
  'Size': 'Größe',
  'Format': 'Format',
  'CSV': 'CSV',
  'Excel': 'Excel',
  'Encoding': 'Zeichenkodierung',
  'Delimiter': 'Trennzeichen',
  'comma': 'Komma',
  'semicolon': 'Semikolon',
  'tab': 'Tabulator',
  'vertical bar': 'senkrechter Strich',
  'The header row and the first {count} rows, as read:':
    'Die Kopfzeile und die ersten {count} Zeilen, wie gelesen:',
  // columns
  'Columns': 'Spalten',
  'Choose the field each column fills. Columns set to "ignore" are not imported.':
    'Wählen Sie, welches Feld jede Spalte füllt. Spalten auf „ignorieren“ werden nicht importiert.',
  'Column': 'Spalte',
  'First value': 'Erster Wert',
  'Field': 'Feld',
  '— ignore —': '— ignorieren —',
  'Requester e-mail': 'E-Mail der anfragenden Person',
  'Requester name': 'Name der anfragenden Person',
  'Assignee e-mail': 'E-Mail des Bearbeiters',
  'Created at': 'Erstellt am',
  'Resolved at': 'Gelöst am',
  'Closed at': 'Geschlossen am',
  'External ID': 'Externe ID',
  // values and options
  'Values': 'Werte',
  'What each priority and status of the file becomes. Known words are matched for you; rows with a value left empty are refused.':
    'Was aus jeder Priorität und jedem Status der Datei wird. Bekannte Wörter werden für Sie zugeordnet; Zeilen mit einem leer gelassenen Wert werden abgelehnt.',
  'No values seen yet; the dry run lists every value of the file.':
    'Noch keine Werte gesehen; der Probelauf listet jeden Wert der Datei auf.',
  'In the file': 'In der Datei',
  'Becomes': 'Wird zu',
  '— refuse these rows —': '— diese Zeilen ablehnen —',
  'Options': 'Optionen',
  'Create missing groups, categories and subcategories':
    'Fehlende Gruppen, Kategorien und Unterkategorien anlegen',
  'Otherwise a row naming one that does not exist is refused.':
    'Sonst wird eine Zeile abgelehnt, die eine nicht vorhandene nennt.',
  'Create missing groups': 'Fehlende Gruppen anlegen',
  'Group for rows without one': 'Gruppe für Zeilen ohne Gruppe',
  'None: refuse such rows': 'Keine: solche Zeilen ablehnen',
  'Starting…': 'Wird gestartet …',
  'Check (dry run)': 'Prüfen (Probelauf)',
  'The dry run reads every row with these settings and writes nothing.':
    'Der Probelauf liest jede Zeile mit diesen Einstellungen und schreibt nichts.',
  // progress
  'Dry run': 'Probelauf',
  'Stopping after the current batch…': 'Hält nach dem laufenden Stapel an …',
  'Waiting for the worker…': 'Wartet auf den Hintergrunddienst …',
  'Reading the file through…': 'Die Datei wird durchgelesen …',
  'Checking rows…': 'Zeilen werden geprüft …',
  'Importing rows…': 'Zeilen werden importiert …',
  'Progress': 'Fortschritt',
  'Rows per second': 'Zeilen pro Sekunde',
  'Time left': 'Verbleibende Zeit',
  '{count} s': '{count} s',
  '{count} min': '{count} min',
  '{hours} h {minutes} min': '{hours} h {minutes} min',
  'You can leave this page; the import keeps going in the background.':
    'Sie können diese Seite verlassen; der Import läuft im Hintergrund weiter.',
  // dry run result and the end of the import
  'Dry run result': 'Ergebnis des Probelaufs',
  '{count} rows read. Nothing has been written yet.':
    '{count} Zeilen gelesen. Noch wurde nichts geschrieben.',
  'tickets to create': 'Tickets werden angelegt',
  'tickets created': 'Tickets angelegt',
  'users to create': 'Benutzer werden angelegt',
  'users created': 'Benutzer angelegt',
  'already imported (skipped)': 'bereits importiert (übersprungen)',
  'refused': 'abgelehnt',
  'The import will also create': 'Der Import legt außerdem an',
  'New users': 'Neue Benutzer',
  'New groups': 'Neue Gruppen',
  'New categories': 'Neue Kategorien',
  'New subcategories': 'Neue Unterkategorien',
  'Import {count} rows': '{count} Zeilen importieren',
  'Refused rows are left out; fix them in the download and import that file later.':
    'Abgelehnte Zeilen werden ausgelassen; korrigieren Sie sie im Download und importieren Sie diese Datei später.',
  'Every row passed the check.': 'Jede Zeile hat die Prüfung bestanden.',
  'Refused rows': 'Abgelehnte Zeilen',
  'Download refused rows (CSV)': 'Abgelehnte Zeilen herunterladen (CSV)',
  'Row': 'Zeile',
  'Reason': 'Grund',
  'The first {shown} refusals are shown; the download has every refused row.':
    'Angezeigt werden die ersten {shown} Ablehnungen; der Download enthält jede abgelehnte Zeile.',
  'Notices': 'Hinweise',
  'Row {row}': 'Zeile {row}',
  'The import is complete.': 'Der Import ist abgeschlossen.',
  'The import was cancelled. Rows imported before that stay.':
    'Der Import wurde abgebrochen. Bis dahin importierte Zeilen bleiben erhalten.',
  'The import stopped with an error. Rows imported before that stay.':
    'Der Import wurde wegen eines Fehlers angehalten. Bis dahin importierte Zeilen bleiben erhalten.',
  'Finished {date}': 'Beendet {date}',
  'Open the desk': 'Zum Desk',
  'Open users': 'Zu den Benutzern',
  'Import the remaining rows': 'Die übrigen Zeilen importieren',
  'The dry run was cancelled.': 'Der Probelauf wurde abgebrochen.',
  'The dry run stopped with an error.': 'Der Probelauf wurde wegen eines Fehlers angehalten.',
  // ticket timeline and audit log
  '{actor} imported it from {file}': '{actor} hat es aus {file} importiert',
  'Import started': 'Import gestartet',
  '{actor} started importing tickets from {file} ({count} rows).':
    '{actor} hat den Import von Tickets aus {file} gestartet ({count} Zeilen).',
  '{actor} started importing users from {file} ({count} rows).':
    '{actor} hat den Import von Benutzern aus {file} gestartet ({count} Zeilen).',
} as Record<string, string>
