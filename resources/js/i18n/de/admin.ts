/** German: Portal and desk lists, Admin: users, groups, settings, plugins, time zones, deleting a group. */
export default {
  // portal & desk
  'Welcome, {name}': 'Willkommen, {name}',
  'Your requests will appear here.': 'Ihre Anfragen erscheinen hier.',
  'No tickets yet': 'Noch keine Tickets',
  'Your queues': 'Ihre Warteschlangen',
  'You are not in any group yet. Ask an admin to add you to one, so tickets for your team reach you.':
    'Sie sind noch in keiner Gruppe. Bitten Sie einen Administrator, Sie hinzuzufügen, damit Tickets Ihres Teams Sie erreichen.',
  // admin
  'Get your helpdesk ready': 'Helpdesk vorbereiten',
  'Create a group': 'Gruppe anlegen',
  'Invite an agent': 'Agent einladen',
  'Add agents to a group': 'Agenten einer Gruppe zuordnen',
  'Review organization settings': 'Einstellungen prüfen',
  'Recent activity': 'Letzte Aktivität',
  'New user': 'Neuer Benutzer',
  'Invite user': 'Benutzer einladen',
  'Send an invitation e-mail': 'Einladung per E-Mail senden',
  'Set a password now': 'Passwort jetzt festlegen',
  'Create user': 'Benutzer anlegen',
  'Deactivate': 'Deaktivieren',
  'Reactivate': 'Reaktivieren',
  'Resend invitation': 'Einladung erneut senden',
  'Last sign-in': 'Letzte Anmeldung',
  'Never': 'Nie',
  'New group': 'Neue Gruppe',
  'Create group': 'Gruppe anlegen',
  'Members': 'Mitglieder',
  'Add member': 'Mitglied hinzufügen',
  'Remove': 'Entfernen',
  'Team e-mail': 'Team-E-Mail',
  'Ticket number prefix': 'Präfix für Ticketnummern',
  'Time zone': 'Zeitzone',
  'Default language': 'Standardsprache',
  'Action': 'Aktion',
  'Entity': 'Objekt',
  'Actor': 'Akteur',
  'When': 'Wann',
  'From': 'Von',
  'To': 'Bis',
  'Changes': 'Änderungen',
  // admin (more)
  '1–10 letters or digits, starting with a letter. Tickets are numbered like {example}.':
    '1–10 Buchstaben oder Ziffern, beginnend mit einem Buchstaben. Tickets werden nummeriert wie {example}.',
  'Account': 'Konto',
  "Add the agents who should work this group's tickets.":
    'Fügen Sie die Agenten hinzu, die die Tickets dieser Gruppe bearbeiten.',
  'Admin changes and sign-ins will be listed here.':
    'Änderungen durch Administratoren und Anmeldungen erscheinen hier.',
  'Admins': 'Administratoren',
  'Agents': 'Agenten',
  'Agents work tickets in the desk.': 'Agenten bearbeiten Tickets im Desk.',
  'All groups': 'Alle Gruppen',
  'Create your first group, for example "IT support", then add the agents who work its tickets.':
    'Legen Sie Ihre erste Gruppe an, zum Beispiel „IT-Support“, und fügen Sie dann die Agenten hinzu, die ihre Tickets bearbeiten.',
  'Customers': 'Kunden',
  'Deactivate {name}? They are signed out at once and cannot sign in until reactivated.':
    '{name} deaktivieren? Die Person wird sofort abgemeldet und kann sich erst nach einer Reaktivierung wieder anmelden.',
  'Delete the group {name}?': 'Die Gruppe {name} löschen?',
  'Details': 'Details',
  'Every admin change, sign-in and sign-out in your organization.':
    'Jede Änderung durch Administratoren, jede An- und Abmeldung in Ihrer Organisation.',
  'Every agent is already a member.': 'Alle Agenten sind bereits Mitglied.',
  'Groups are your teams and queues, e.g. "IT support" or "Facilities".':
    'Gruppen sind Ihre Teams und Warteschlangen, z. B. „IT-Support“ oder „Facility Management“.',
  'Groups are your teams and queues. Tickets are routed to a group; its members work them.':
    'Gruppen sind Ihre Teams und Warteschlangen. Tickets werden einer Gruppe zugewiesen; ihre Mitglieder bearbeiten sie.',
  'How will they sign in?': 'Wie meldet sich die Person an?',
  'How your organization appears and behaves.': 'Wie Ihre Organisation erscheint und sich verhält.',
  'Inactive groups receive no new tickets.': 'Inaktive Gruppen erhalten keine neuen Tickets.',
  'Invite your agents and customers to get started.':
    'Laden Sie Ihre Agenten und Kunden ein, um loszulegen.',
  'No entries match these filters.': 'Keine Einträge passen zu diesen Filtern.',
  'No groups yet': 'Noch keine Gruppen',
  'No members yet': 'Noch keine Mitglieder',
  'No users match these filters': 'Keine Benutzer passen zu diesen Filtern',
  'No users yet': 'Noch keine Benutzer',
  'Nothing recorded yet': 'Noch nichts aufgezeichnet',
  'Optional: receives a notice for each new ticket.':
    'Optional: erhält eine Nachricht zu jedem neuen Ticket.',
  'Ticket number prefix, time zone and default language.':
    'Präfix für Ticketnummern, Zeitzone und Standardsprache.',
  'Tickets for a group reach its members.': 'Tickets einer Gruppe erreichen ihre Mitglieder.',
  'Try another search.': 'Versuchen Sie eine andere Suche.',
  'You are not in a group yet': 'Sie sind noch in keiner Gruppe',
  '{count} members': '{count} Mitglieder',
  // admin: plugins
  'Plugins extend Switchboard. Your organization turns each one on and configures it here.':
    'Plugins erweitern Switchboard. Ihre Organisation schaltet jedes hier ein und konfiguriert es.',
  'No plugins installed': 'Keine Plugins installiert',
  'A plugin is a folder in the plugins/ directory of your Switchboard server. Add one there and restart Switchboard; it then appears here, ready to be configured and enabled.':
    'Ein Plugin ist ein Ordner im Verzeichnis plugins/ Ihres Switchboard-Servers. Legen Sie ihn dort ab und starten Sie Switchboard neu; danach erscheint das Plugin hier und kann konfiguriert und aktiviert werden.',
  'Manage': 'Verwalten',
  'All plugins': 'Alle Plugins',
  'Enabled': 'Aktiviert',
  'Disabled': 'Deaktiviert',
  'Failed to load': 'Nicht geladen',
  'Enabled for your organization': 'Für Ihre Organisation aktiviert',
  'This plugin failed to load and cannot be enabled.':
    'Dieses Plugin konnte nicht geladen werden und lässt sich nicht aktivieren.',
  'Settings are available once the plugin loads.':
    'Die Einstellungen sind verfügbar, sobald das Plugin geladen wird.',
  'This plugin has no settings.': 'Dieses Plugin hat keine Einstellungen.',
  'Plugin id': 'Plugin-ID',
  'Version': 'Version',
  'Save settings': 'Einstellungen speichern',
  'Required': 'Pflichtfeld',
  'Stored': 'Gespeichert',
  'stored — leave empty to keep': 'gespeichert – leer lassen, um den Wert zu behalten',
  'Choose…': 'Bitte wählen …',
  'Deliveries in the last 24 hours': 'Zustellungen der letzten 24 Stunden',
  'delivered': 'zugestellt',
  'needed a retry': 'mit Wiederholung',
  'failed': 'fehlgeschlagen',
  'Failed on every attempt and not retried yet, however old; retry them from the plugin page.':
    'Bei jedem Versuch fehlgeschlagen und noch nicht wiederholt, egal wie alt; auf der Plugin-Seite erneut versuchen.',
  'Last error in {hook}': 'Letzter Fehler in {hook}',
  'Failed deliveries': 'Fehlgeschlagene Zustellungen',
  'No failed deliveries. Events the plugin fails on every attempt wait here for a retry.':
    'Keine fehlgeschlagenen Zustellungen. Ereignisse, an denen das Plugin bei jedem Versuch scheitert, warten hier auf eine Wiederholung.',
  'Event': 'Ereignis',
  'Attempts': 'Versuche',
  'Last error': 'Letzter Fehler',
  'Failed': 'Fehlgeschlagen',
  'Retry': 'Erneut versuchen',
  'Plugin settings saved.': 'Plugin-Einstellungen gespeichert.',
  'Plugin enabled.': 'Plugin aktiviert.',
  'Plugin disabled.': 'Plugin deaktiviert.',
  'Delivery queued for another try.': 'Zustellung für einen neuen Versuch eingereiht.',
  // time zones (profile; dates go through useI18n().formatDateTime)
  'Organization default ({zone})': 'Standard der Organisation ({zone})',
  'Dates in Switchboard and in your e-mails are shown in this time zone.':
    'Datumsangaben in Switchboard und in Ihren E-Mails erscheinen in dieser Zeitzone.',
  'For everyone who has not chosen their own, and for counting auto-close days.':
    'Für alle, die keine eigene gewählt haben, und zum Zählen der Tage bis zum automatischen Schließen.',
  'A resolved ticket nobody answers closes at midnight once this many whole days have passed after the day it was resolved, in the organization’s time zone. 0 keeps it open.':
    'Ein gelöstes Ticket ohne Antwort schließt sich um Mitternacht, sobald nach dem Tag der Lösung so viele volle Tage vergangen sind, in der Zeitzone der Organisation. 0 lässt es offen.',
  // deleting a group (components/admin/DeleteGroupDialog.vue)
  'One ticket uses this group.': 'Ein Ticket verwendet diese Gruppe.',
  '{count} tickets use this group.': '{count} Tickets verwenden diese Gruppe.',
  'It is open (not resolved or closed).': 'Es ist offen (nicht gelöst oder geschlossen).',
  'It is resolved or closed.': 'Es ist gelöst oder geschlossen.',
  'None of them is open.': 'Keines davon ist offen.',
  'One of them is open (not resolved or closed).':
    'Eines davon ist offen (nicht gelöst oder geschlossen).',
  '{count} of them are open (not resolved or closed).':
    '{count} davon sind offen (nicht gelöst oder geschlossen).',
  'Delete group': 'Gruppe löschen',
  'Deactivate group': 'Gruppe deaktivieren',
  'Move the ticket and delete the group': 'Ticket verschieben und Gruppe löschen',
  'Move {count} tickets and delete the group': '{count} Tickets verschieben und Gruppe löschen',
  'Move the open ticket and deactivate the group':
    'Offenes Ticket verschieben und Gruppe deaktivieren',
  'Move {count} open tickets and deactivate the group':
    '{count} offene Tickets verschieben und Gruppe deaktivieren',
  'No ticket uses it, so it is deleted for good, with its categories.':
    'Kein Ticket verwendet sie, daher wird sie mit ihren Kategorien endgültig gelöscht.',
  'Tickets keep their group, so it cannot be deleted from under them: it will be deactivated and hidden from new tickets. You can reactivate it later.':
    'Tickets behalten ihre Gruppe, daher kann sie nicht unter ihnen gelöscht werden: Sie wird deaktiviert und für neue Tickets ausgeblendet. Sie können sie später wieder aktivieren.',
  'Move the open tickets to': 'Offene Tickets verschieben nach',
  'Nowhere: leave them in {name}': 'Nirgendwohin: in {name} lassen',
  "Like changing a ticket's group by hand: each move is on the ticket's timeline, its category is cleared, and an assignee who is not a member of the new group is unassigned.":
    'Wie eine Gruppenänderung von Hand: Jede Verschiebung steht im Verlauf des Tickets, seine Kategorie wird geleert, und wer nicht Mitglied der neuen Gruppe ist, wird als Bearbeiter entfernt.',
  'There is no other active group to move its open tickets to.':
    'Es gibt keine andere aktive Gruppe, in die die offenen Tickets verschoben werden könnten.',
  // settings: sign-in order and plugin tabs
  'Sign-in order': 'Reihenfolge bei der Anmeldung',
  'Local password first, then the directory': 'Zuerst lokales Passwort, dann Verzeichnis',
  'Directory first, then the local password': 'Zuerst Verzeichnis, dann lokales Passwort',
  'Matters only when a directory plugin (an auth provider) is enabled.':
    'Nur relevant, wenn ein Verzeichnis-Plugin (Anmeldeanbieter) aktiviert ist.',
  'Settings sections': 'Bereiche der Einstellungen',
  'General': 'Allgemein',
  'Where you are signed in': 'Wo Sie angemeldet sind',
  'Browsers and API clients signed in to your account. Sign out any you do not recognise.':
    'Browser und API-Clients, die mit Ihrem Konto angemeldet sind. Melden Sie alles ab, was Sie nicht kennen.',
  'Sign out everywhere else': 'Überall sonst abmelden',
  '{browser} on {system}': '{browser} unter {system}',
  'Unknown device': 'Unbekanntes Gerät',
  'This device': 'Dieses Gerät',
  'Browser': 'Browser',
  'API': 'API',
  'last active {when}': 'zuletzt aktiv {when}',
  'signed in {when}': 'angemeldet {when}',
  'No other sign-ins.': 'Keine weiteren Anmeldungen.',
  'Switchboard is unavailable for a moment': 'Switchboard ist gerade nicht erreichbar',
  'Nothing you saved is lost. Try again in a minute.':
    'Nichts, was Sie gespeichert haben, ist verloren. Versuchen Sie es in einer Minute erneut.',
  'Try again': 'Erneut versuchen',
  'Priorities customers may choose': 'Prioritäten, die Kunden wählen dürfen',
  'Agents and admins can always set any priority. Critical is usually kept for them.':
    'Agenten und Admins können immer jede Priorität setzen. „Kritisch“ bleibt meist ihnen vorbehalten.',
  'Web browser': 'Webbrowser',
  '{actor} ended one of their API sign-ins.': '{actor} hat eine API-Anmeldung beendet.',
  '{actor} signed out one of their browsers.': '{actor} hat einen Browser abgemeldet.',
  '{actor} signed out everywhere else.': '{actor} hat sich überall sonst abgemeldet.',
  'This address cannot be opened': 'Diese Adresse kann nicht geöffnet werden',
  'The request could not be understood.': 'Die Anfrage konnte nicht verstanden werden.',
  // plugin settings tables, directory groups
  'Directory groups': 'Verzeichnisgruppen',
  'Remove row {number}': 'Zeile {number} entfernen',
  'No rows yet.': 'Noch keine Zeilen.',
  'Add row': 'Zeile hinzufügen',
  'Nothing to choose from.': 'Nichts zur Auswahl.',
  // automatic assignment (issue 16): the group page and a person's availability
  'New tickets go to an available member. When nobody is available they wait, and are assigned oldest first as soon as someone is.':
    'Neue Tickets gehen an ein verfügbares Mitglied. Ist niemand verfügbar, warten sie und werden, die ältesten zuerst, zugewiesen, sobald jemand verfügbar ist.',
  'Mode': 'Modus',
  'Off: agents pick tickets themselves': 'Aus: Agents nehmen sich Tickets selbst',
  'Round robin: members in turn': 'Reihum: Mitglieder der Reihe nach',
  'Least active: fewest open tickets': 'Am wenigsten ausgelastet: wenigste offene Tickets',
  'Open tickets per agent at most': 'Höchstens offene Tickets je Agent',
  'Counted across all groups. Empty: no limit.': 'Über alle Gruppen gezählt. Leer: keine Grenze.',
  'Save assignment': 'Zuweisung speichern',
  'away until {date}': 'abwesend bis {date}',
  'away': 'abwesend',
  'Availability': 'Verfügbarkeit',
  'Available: automatic assignment can give them tickets.':
    'Verfügbar: Die automatische Zuweisung kann Tickets zuweisen.',
  'Away until {date}: automatic assignment skips them.':
    'Abwesend bis {date}: Die automatische Zuweisung überspringt die Person.',
  'Away: automatic assignment skips them.':
    'Abwesend: Die automatische Zuweisung überspringt die Person.',
  'Away until': 'Abwesend bis',
  "Back from the start of that day in the organization's time zone ({zone}). Empty: until set available again.":
    'Zurück ab Beginn dieses Tages in der Zeitzone der Organisation ({zone}). Leer: bis wieder auf verfügbar gesetzt.',
  'Set away': 'Abwesend setzen',
  'Set available now': 'Jetzt verfügbar setzen',
} as Record<string, string>
