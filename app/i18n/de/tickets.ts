/** Tickets: flashes, refusals, the lifecycle's rules and attachments. */
export default {
  // statuses, as resources/js/composables/useTicketLabels.ts names them
  'Open': 'Offen',
  'Assigned': 'Zugewiesen',
  'In progress': 'In Bearbeitung',
  'Waiting on customer': 'Wartet auf Kunde',
  'Resolved': 'Gelöst',
  'Closed': 'Geschlossen',
  // flashes
  'Ticket {reference} has been created. We will keep you posted here.':
    'Ticket {reference} wurde eröffnet. Wir halten Sie hier auf dem Laufenden.',
  'Reply sent.': 'Antwort gesendet.',
  'Internal note added.': 'Interne Notiz hinzugefügt.',
  'Ticket assigned.': 'Ticket zugewiesen.',
  'Ticket unassigned.': 'Zuweisung aufgehoben.',
  'Ticket updated.': 'Ticket aktualisiert.',
  'Nothing changed.': 'Nichts geändert.',
  'Status set to {status}.': 'Status auf „{status}“ gesetzt.',
  'Reply sent and status set to {status}.': 'Antwort gesendet und Status auf „{status}“ gesetzt.',
  'Internal note added and status set to {status}.':
    'Interne Notiz hinzugefügt und Status auf „{status}“ gesetzt.',
  '{count} ticket(s) updated.': 'Aktualisierte Tickets: {count}.',
  'Skipped {tickets}': 'Übersprungen: {tickets}',
  'you cannot change this ticket': 'Sie dürfen dieses Ticket nicht ändern',
  // refusals
  'Choose the status to set.': 'Wählen Sie den Status, der gesetzt werden soll.',
  'Choose the priority to set.': 'Wählen Sie die Priorität, die gesetzt werden soll.',
  'Choose the agent to assign.': 'Wählen Sie den Agenten, dem zugewiesen werden soll.',
  'Choose CSV or Excel (.xlsx) for the export.':
    'Wählen Sie CSV oder Excel (.xlsx) für den Export.',
  "Choose an active agent who is a member of the ticket's group.":
    'Wählen Sie einen aktiven Agenten, der Mitglied der Gruppe des Tickets ist.',
  'Only agents and admins can add internal notes.':
    'Nur Agenten und Administratoren können interne Notizen hinzufügen.',
  'This ticket is closed and takes no more replies. Open a new ticket instead.':
    'Dieses Ticket ist geschlossen und nimmt keine Antworten mehr an. Eröffnen Sie stattdessen ein neues Ticket.',
  'This ticket is closed and cannot change any more. Open a new ticket instead.':
    'Dieses Ticket ist geschlossen und kann nicht mehr geändert werden. Eröffnen Sie stattdessen ein neues Ticket.',
  'A ticket cannot go from "{from}" to "{to}".':
    'Ein Ticket kann nicht von „{from}“ zu „{to}“ wechseln.',
  'Assign the ticket to an agent first.': 'Weisen Sie das Ticket zuerst einem Agenten zu.',
  'A ticket with an assignee is not "Open": unassign it to put it back in the queue.':
    'Ein Ticket mit Bearbeiter ist nicht „Offen“: Heben Sie die Zuweisung auf, um es zurück in die Warteschlange zu stellen.',
  'Choose one of the offered groups.': 'Wählen Sie eine der angebotenen Gruppen.',
  'Choose a category of the selected group.': 'Wählen Sie eine Kategorie der gewählten Gruppe.',
  'Choose a category before a subcategory.':
    'Wählen Sie eine Kategorie, bevor Sie eine Unterkategorie wählen.',
  'Choose a subcategory of the selected category.':
    'Wählen Sie eine Unterkategorie der gewählten Kategorie.',
  // attachments
  '{file} was refused: {reason}': '{file} wurde abgelehnt: {reason}',
  '{size} MB': '{size} MB',
  '{count} files were attached; at most {max} can be attached at once.':
    'Es wurden {count} Dateien angehängt; höchstens {max} sind auf einmal möglich.',
  'the upload did not complete': 'das Hochladen wurde nicht abgeschlossen',
  'it is {size}, larger than the {limit} limit':
    'sie ist {size} groß, mehr als die erlaubten {limit}',
  'the file is empty': 'die Datei ist leer',
  'its content is {type} ({mime}), which is not an allowed file type':
    'ihr Inhalt ist {type} ({mime}), kein erlaubter Dateityp',
  'its content is not a recognised document, image, archive or text file':
    'ihr Inhalt ist kein erkanntes Dokument, Bild, Archiv und keine Textdatei',
  'only the first {max} files of an e-mail are kept':
    'von einer E-Mail werden nur die ersten {max} Dateien übernommen',
  'Choose a priority from: {priorities}.': 'Wählen Sie eine Priorität aus: {priorities}.',
  // Why automatic assignment chose an agent (the ticket's timeline).
  'least active: {count} open tickets, fewest in {group}':
    'am wenigsten ausgelastet: {count} offene Tickets, die wenigsten in {group}',
  'least active: {count} open ticket, fewest in {group}':
    'am wenigsten ausgelastet: {count} offenes Ticket, die wenigsten in {group}',
  'round robin: next in turn in {group}': 'reihum: als Nächstes an der Reihe in {group}',
  'chosen by the plugin {plugin}': 'vom Plugin {plugin} gewählt',
  '{name} skipped: away': '{name} übersprungen: abwesend',
  '{name} skipped: deactivated': '{name} übersprungen: deaktiviert',
  '{name} skipped: at the open ticket limit':
    '{name} übersprungen: Höchstzahl offener Tickets erreicht',
  '{before}; {after}': '{before}; {after}',
  '{before}; {count} more skipped': '{before}; {count} weitere übersprungen',
} as Record<string, string>
