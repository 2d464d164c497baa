/** Imports of tickets and users: the file, the settings, the passes. */
export default {
  'The file is larger than {size}.': 'Die Datei ist größer als {size}.',
  'The file is empty.': 'Die Datei ist leer.',
  'The file has no header row.': 'Die Datei hat keine Kopfzeile.',
  'The file has a header row but no data rows.':
    'Die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
  'The file changed since it was uploaded: its header row is different.':
    'Die Datei hat sich seit dem Hochladen geändert: Ihre Kopfzeile ist anders.',
  'The administrator who started this import no longer exists.':
    'Der Administrator, der diesen Import gestartet hat, existiert nicht mehr.',
  'Choose a group of this organization.': 'Wählen Sie eine Gruppe dieser Organisation.',
  'The mapping names a column the file does not have.':
    'Die Zuordnung nennt eine Spalte, die die Datei nicht hat.',
  'Unknown field "{field}".': 'Unbekanntes Feld „{field}“.',
  '"{field}" is mapped from two columns.': '„{field}“ ist zwei Spalten zugeordnet.',
  'Map a column to "{field}".': 'Ordnen Sie „{field}“ eine Spalte zu.',
  'Run the dry run first, then import.': 'Führen Sie zuerst den Probelauf aus, dann den Import.',
  'The import is running; cancel it or wait for it to finish.':
    'Der Import läuft; brechen Sie ihn ab oder warten Sie, bis er fertig ist.',
  'This is an old Excel file (.xls). Save it as .xlsx or CSV and upload that.':
    'Dies ist eine alte Excel-Datei (.xls). Speichern Sie sie als .xlsx oder CSV und laden Sie diese hoch.',
  'This file is not a readable Excel workbook. Upload a .xlsx or CSV file.':
    'Diese Datei ist keine lesbare Excel-Arbeitsmappe. Laden Sie eine .xlsx- oder CSV-Datei hoch.',
  'This is not a text file. Upload a CSV (UTF-8 or Windows-1252) or .xlsx file.':
    'Dies ist keine Textdatei. Laden Sie eine CSV-Datei (UTF-8 oder Windows-1252) oder eine .xlsx-Datei hoch.',
  'The CSV file is malformed: {reason}': 'Die CSV-Datei ist fehlerhaft: {reason}',
  'The Excel file cannot be read: {reason}': 'Die Excel-Datei kann nicht gelesen werden: {reason}',
  'Choose a CSV or Excel (.xlsx) file.': 'Wählen Sie eine CSV- oder Excel-Datei (.xlsx).',
  'Import started. You can leave this page; it keeps going.':
    'Import gestartet. Sie können diese Seite verlassen; er läuft weiter.',
  'Import deleted. The tickets and users it created stay.':
    'Import gelöscht. Die angelegten Tickets und Benutzer bleiben erhalten.',
  'Title': 'Betreff',
  'Description': 'Beschreibung',
  'Priority': 'Priorität',
  'Status': 'Status',
  'Group': 'Gruppe',
  'Category': 'Kategorie',
  'Subcategory': 'Unterkategorie',
  'Requester e-mail': 'E-Mail der anfragenden Person',
  'Requester name': 'Name der anfragenden Person',
  'Assignee e-mail': 'E-Mail des Bearbeiters',
  'Created at': 'Erstellt am',
  'Resolved at': 'Gelöst am',
  'Closed at': 'Geschlossen am',
  'External ID': 'Externe ID',
  'Public reply': 'Öffentliche Antwort',
  'Internal note': 'Interne Notiz',
  'E-mail': 'E-Mail',
  'Name': 'Name',
  'Role': 'Rolle',
  'Department': 'Abteilung',
  'Groups': 'Gruppen',
  'Language': 'Sprache',
  '{email} belongs to an account outside this organization.':
    '{email} gehört zu einem Konto außerhalb dieser Organisation.',
  'The import stopped: {reason}. Rows imported so far stay; starting it again skips them.':
    'Der Import wurde angehalten: {reason}. Bereits importierte Zeilen bleiben; ein neuer Start überspringt sie.',
  'Unknown group "{name}".': 'Unbekannte Gruppe „{name}“.',
  'The row has no group and the import has no default group.':
    'Die Zeile nennt keine Gruppe, und der Import hat keine Standardgruppe.',
  'Unknown category "{name}" in this group.': 'Unbekannte Kategorie „{name}“ in dieser Gruppe.',
  'Unknown subcategory "{name}" in this category.':
    'Unbekannte Unterkategorie „{name}“ in dieser Kategorie.',
  'Begins like a spreadsheet formula; imported as plain text.':
    'Beginnt wie eine Tabellenformel; als reiner Text importiert.',
  '"{email}" is not an agent of this organization.':
    '„{email}“ ist kein Agent dieser Organisation.',
  'The row has no title.': 'Die Zeile hat keinen Betreff.',
  'Title longer than 200 characters; cut to 200 (the description keeps it all).':
    'Betreff länger als 200 Zeichen; auf 200 gekürzt (die Beschreibung behält alles).',
  '"{value}" is not a date Switchboard reads: use ISO 8601 (2024-03-01T09:30:00Z) or YYYY-MM-DD HH:mm.':
    '„{value}“ ist kein Datum, das Switchboard liest: Verwenden Sie ISO 8601 (2024-03-01T09:30:00Z) oder JJJJ-MM-TT HH:mm.',
  'The row has no requester e-mail.': 'Die Zeile hat keine E-Mail der anfragenden Person.',
  '"{value}" is not an e-mail address.': '„{value}“ ist keine E-Mail-Adresse.',
  'Unknown priority "{value}": map it in the values table.':
    'Unbekannte Priorität „{value}“: Ordnen Sie sie in der Wertetabelle zu.',
  'Unknown status "{value}": map it in the values table.':
    'Unbekannter Status „{value}“: Ordnen Sie ihn in der Wertetabelle zu.',
  'The row has no e-mail address.': 'Die Zeile hat keine E-Mail-Adresse.',
  'Unknown role "{value}": use admin, agent or customer.':
    'Unbekannte Rolle „{value}“: Verwenden Sie admin, agent oder customer.',
  'Unknown language "{value}": use {choices}.':
    'Unbekannte Sprache „{value}“: Verwenden Sie {choices}.',
} as Record<string, string>
