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
} as Record<string, string>
