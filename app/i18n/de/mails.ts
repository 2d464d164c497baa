/** E-mails: subjects, headlines and bodies (resources/views/emails). */
export default {
  // invitation
  'You have been invited to Switchboard': 'Sie wurden zu Switchboard eingeladen',
  'You have been invited': 'Sie wurden eingeladen',
  'Hello {name},': 'Hallo {name},',
  'You have been invited to the {organization} helpdesk on Switchboard. Choose a password to activate your account. The link works once and expires in seven days.':
    'Sie wurden zum Helpdesk von {organization} auf Switchboard eingeladen. Wählen Sie ein Passwort, um Ihr Konto zu aktivieren. Der Link funktioniert einmal und läuft nach sieben Tagen ab.',
  'You have been invited to the {organization} helpdesk on Switchboard. Choose a password to activate your account (the link works once and expires in seven days):':
    'Sie wurden zum Helpdesk von {organization} auf Switchboard eingeladen. Wählen Sie ein Passwort, um Ihr Konto zu aktivieren (der Link funktioniert einmal und läuft nach sieben Tagen ab):',
  'Choose your password': 'Passwort wählen',
  'If the button does not work, paste this address into your browser:':
    'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  // password reset
  'Reset your Switchboard password': 'Ihr Switchboard-Passwort zurücksetzen',
  'Reset your password': 'Passwort zurücksetzen',
  'Someone asked to reset the password of your Switchboard account. If it was you, choose a new password with the button below. The link works once and expires in one hour.':
    'Jemand hat angefordert, das Passwort Ihres Switchboard-Kontos zurückzusetzen. Wenn Sie das waren, wählen Sie mit der Schaltfläche unten ein neues Passwort. Der Link funktioniert einmal und läuft nach einer Stunde ab.',
  'Someone asked to reset the password of your Switchboard account. If it was you, choose a new password here (the link works once and expires in one hour):':
    'Jemand hat angefordert, das Passwort Ihres Switchboard-Kontos zurückzusetzen. Wenn Sie das waren, wählen Sie hier ein neues Passwort (der Link funktioniert einmal und läuft nach einer Stunde ab):',
  'Choose a new password': 'Neues Passwort wählen',
  'If you did not ask for this, ignore this e-mail: your password stays as it is.':
    'Falls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.',
  // ticket notifications: headlines
  'We received your request {reference}': 'Wir haben Ihre Anfrage {reference} erhalten',
  'New ticket {reference} in {group}': 'Neues Ticket {reference} in {group}',
  'your group': 'Ihrer Gruppe',
  '{actor} assigned {reference} to you': '{actor} hat Ihnen {reference} zugewiesen',
  '{reference} was assigned to you': '{reference} wurde Ihnen zugewiesen',
  '{reference} is now open': '{reference} ist wieder offen',
  '{reference} is now assigned': '{reference} ist jetzt zugewiesen',
  '{reference} is now in progress': '{reference} ist jetzt in Bearbeitung',
  '{reference} is now waiting on customer': '{reference} wartet jetzt auf Ihre Rückmeldung',
  '{reference} is now resolved': '{reference} ist jetzt gelöst',
  '{reference} is now closed': '{reference} ist jetzt geschlossen',
  '{actor} replied to {reference}': '{actor} hat auf {reference} geantwortet',
  'Support': 'Der Support',
  '{actor} replied on {reference}': '{actor} hat auf {reference} geantwortet',
  'The requester': 'Die anfragende Person',
  // ticket notifications: body
  'Thank you, we will keep you posted here. Reply on the ticket page to add details.':
    'Vielen Dank, wir halten Sie hier auf dem Laufenden. Antworten Sie auf der Ticketseite, um Details zu ergänzen.',
  'Thank you, we will keep you posted. Reply on the ticket page to add details.':
    'Vielen Dank, wir halten Sie auf dem Laufenden. Antworten Sie auf der Ticketseite, um Details zu ergänzen.',
  'We believe this is solved. If it is not, reply on the ticket page and it opens again.':
    'Wir gehen davon aus, dass das Anliegen gelöst ist. Falls nicht, antworten Sie auf der Ticketseite, dann wird es wieder geöffnet.',
  'Open {reference}': '{reference} öffnen',
  'Open the ticket: {link}': 'Ticket öffnen: {link}',
  'You receive this e-mail because of your notification settings in Switchboard.':
    'Sie erhalten diese E-Mail aufgrund Ihrer Benachrichtigungseinstellungen in Switchboard.',
  'Change them': 'Einstellungen ändern',
  'You receive this e-mail because of your notification settings in Switchboard: {link}':
    'Sie erhalten diese E-Mail aufgrund Ihrer Benachrichtigungseinstellungen in Switchboard: {link}',
  // e-mails plugins send through the host API
  'Sent by {plugin} in Switchboard.': 'Gesendet von {plugin} in Switchboard.',
} as Record<string, string>
