/** German: Admin → Reports, its charts and tables, and the dashboard at a glance. */
export default {
  'Reports': 'Berichte',
  '{n} min': '{n} min',
  '{n} h': '{n} h',
  'Backlog at the end': 'Rückstand am Ende',
  'Reopened share': 'Anteil wieder geöffnet',
  'First response, median / 90th percentile': 'Erste Antwort, Median / 90. Perzentil',
  'Resolution, median / 90th percentile': 'Lösung, Median / 90. Perzentil',
  'No category': 'Keine Kategorie',
  '{period}, days in {zone}. Times are calendar time.':
    '{period}, Tage in {zone}. Zeiten sind Kalenderzeit.',
  'Tickets per week': 'Tickets pro Woche',
  'Tickets per day': 'Tickets pro Tag',
  'Created and resolved tickets, and the backlog, {period}':
    'Erstellte und gelöste Tickets und der Rückstand, {period}',
  'Backlog': 'Rückstand',
  'Tickets per period': 'Tickets pro Zeitraum',
  'Period': 'Zeitraum',
  'By agent': 'Nach Agent',
  'Median first response (min)': 'Median erste Antwort (min)',
  'By category': 'Nach Kategorie',
  'Created and resolved tickets by category, {period}':
    'Erstellte und gelöste Tickets nach Kategorie, {period}',
  'Hide the table': 'Tabelle ausblenden',
  'Show as a table': 'Als Tabelle zeigen',
  'Download CSV': 'CSV herunterladen',
  'Download everything as Excel (.xlsx)': 'Alles als Excel (.xlsx) herunterladen',
  'Report filters': 'Berichtsfilter',
  'Per': 'Pro',
  'Automatic': 'Automatisch',
  'Day': 'Tag',
  'Week': 'Woche',
  'Show': 'Anzeigen',
  // Desk → My figures (pages/desk/figures.vue)
  'My figures': 'Meine Zahlen',
  'Assigned to you': 'Ihnen zugewiesen',
  'Still open at the end': 'Am Ende noch offen',
  'Your tickets, {period}, days in {zone}. Times are calendar time.':
    'Ihre Tickets, {period}, Tage in {zone}. Zeiten sind Kalenderzeit.',
  // The desk home's slim row of them (components/reports/MyFiguresPanel.vue)
  'last 30 days': 'letzte 30 Tage',
  'Open now': 'Jetzt offen',
  'Median first response': 'Median erste Antwort',
  'All my figures': 'Alle meine Zahlen',
  // The dashboard at a glance (components/reports/DeskGlance.vue)
  'The desk at a glance': 'Der Desk auf einen Blick',
  'Open tickets by status': 'Offene Tickets nach Status',
  'Open tickets by priority': 'Offene Tickets nach Priorität',
  'Waiting longest': 'Wartet am längsten',
  'since {when}': 'seit {when}',
  'Nobody is waiting.': 'Niemand wartet.',
  'Today': 'Heute',
  // Messages the report's server checks send (shown under their field)
  'There is no such group.': 'Diese Gruppe gibt es nicht.',
  'There is no such agent.': 'Diesen Agenten gibt es nicht.',
  'The last day must be on or after the first day.':
    'Der letzte Tag darf nicht vor dem ersten liegen.',
}
