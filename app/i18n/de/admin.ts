/** Administration: groups, categories, plugins and settings. */
export default {
  'Group "{name}" created. Add its agents next.':
    'Gruppe „{name}“ angelegt. Fügen Sie als Nächstes ihre Agenten hinzu.',
  'Group saved.': 'Gruppe gespeichert.',
  'Automatic assignment saved.': 'Automatische Zuweisung gespeichert.',
  'Availability saved.': 'Verfügbarkeit gespeichert.',

  'Group "{name}" deleted.': 'Gruppe „{name}“ gelöscht.',
  'Group "{name}" has tickets, so it was deactivated instead of deleted: it is hidden from new tickets.':
    'Gruppe „{name}“ hat Tickets und wurde deshalb deaktiviert statt gelöscht: Für neue Tickets ist sie ausgeblendet.',
  '1 open ticket moved to "{group}".': '1 offenes Ticket wurde nach „{group}“ verschoben.',
  '{count} open tickets moved to "{group}".':
    '{count} offene Tickets wurden nach „{group}“ verschoben.',
  'Choose another active group.': 'Wählen Sie eine andere aktive Gruppe.',
  'A group with this name already exists.': 'Eine Gruppe mit diesem Namen gibt es bereits.',
  'A mailbox with this name already exists.': 'Ein Postfach mit diesem Namen gibt es bereits.',
  'This message’s mailbox was deleted.': 'Das Postfach dieser Nachricht wurde gelöscht.',
  'Choose another folder than the one mail is fetched from.':
    'Wählen Sie einen anderen Ordner als den, aus dem abgeholt wird.',
  'Mailbox "{name}" added.': 'Postfach „{name}“ hinzugefügt.',
  'Mailbox "{name}" deleted.': 'Postfach „{name}“ gelöscht.',
  'Enter the password to test another server or user.':
    'Geben Sie das Passwort ein, um einen anderen Server oder Benutzer zu testen.',
  'No password is stored for this mailbox. Enter one.':
    'Für dieses Postfach ist kein Passwort gespeichert. Geben Sie eines ein.',
  'Only a failed or held message can be processed again.':
    'Nur eine fehlgeschlagene oder zurückgehaltene Nachricht kann erneut verarbeitet werden.',
  'The message failed again: {error}': 'Die Nachricht ist erneut fehlgeschlagen: {error}',
  'The message was released.': 'Die Nachricht wurde freigegeben.',
  'The message was processed again.': 'Die Nachricht wurde erneut verarbeitet.',
  'The message could not be processed: {error}':
    'Die Nachricht konnte nicht verarbeitet werden: {error}',
  'Member added.': 'Mitglied hinzugefügt.',
  'Member removed.': 'Mitglied entfernt.',
  'Only agents and admins of this organization can be group members.':
    'Nur Agenten und Administratoren dieser Organisation können Gruppenmitglieder sein.',
  'Category "{name}" added.': 'Kategorie „{name}“ hinzugefügt.',
  'Category saved.': 'Kategorie gespeichert.',
  'Category "{name}" deleted.': 'Kategorie „{name}“ gelöscht.',
  'Category "{name}" is used by tickets, so it was deactivated instead of deleted.':
    'Kategorie „{name}“ wird von Tickets verwendet und wurde deshalb deaktiviert statt gelöscht.',
  'Subcategory "{name}" added.': 'Unterkategorie „{name}“ hinzugefügt.',
  'Subcategory saved.': 'Unterkategorie gespeichert.',
  'Subcategory "{name}" deleted.': 'Unterkategorie „{name}“ gelöscht.',
  'Subcategory "{name}" is used by tickets, so it was deactivated instead of deleted.':
    'Unterkategorie „{name}“ wird von Tickets verwendet und wurde deshalb deaktiviert statt gelöscht.',
  'This group already has a category with that name.':
    'Diese Gruppe hat bereits eine Kategorie mit diesem Namen.',
  'This category already has a subcategory with that name.':
    'Diese Kategorie hat bereits eine Unterkategorie mit diesem Namen.',
  'That name is already used at this level.':
    'Dieser Name wird auf dieser Ebene bereits verwendet.',
  'Organization settings saved.': 'Einstellungen der Organisation gespeichert.',
  // plugins
  'Plugin settings saved.': 'Plugin-Einstellungen gespeichert.',
  'Plugin enabled.': 'Plugin aktiviert.',
  'Plugin disabled.': 'Plugin deaktiviert.',
  '{plugin} failed to load: {error}': '{plugin} konnte nicht geladen werden: {error}',
  'Complete the settings of {plugin} before enabling it.':
    'Vervollständigen Sie die Einstellungen von {plugin}, bevor Sie es aktivieren.',
  'Delivery queued for another try.': 'Zustellung für einen neuen Versuch eingereiht.',
  'Only a failed delivery can be retried.':
    'Nur eine fehlgeschlagene Zustellung kann erneut versucht werden.',
  'The job queue is not reachable right now. Try again in a moment.':
    'Die Auftragswarteschlange ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  'Choose one of the listed options.': 'Wählen Sie eine der angebotenen Optionen.',
} as Record<string, string>
