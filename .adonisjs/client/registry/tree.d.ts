/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  health: {
    show: typeof routes['health.show']
  }
  home: {
    show: typeof routes['home.show']
  }
  setup: {
    show: typeof routes['setup.show']
    store: typeof routes['setup.store']
  }
  session: {
    create: typeof routes['session.create']
    store: typeof routes['session.store']
    destroy: typeof routes['session.destroy']
  }
  passwordResetRequests: {
    create: typeof routes['password_reset_requests.create']
    store: typeof routes['password_reset_requests.store']
  }
  passwordResets: {
    edit: typeof routes['password_resets.edit']
    update: typeof routes['password_resets.update']
  }
  profile: {
    edit: typeof routes['profile.edit']
    update: typeof routes['profile.update']
    updatePassword: typeof routes['profile.update_password']
    updateTheme: typeof routes['profile.update_theme']
    updateNotifications: typeof routes['profile.update_notifications']
  }
  profileSessions: {
    destroyOthers: typeof routes['profile_sessions.destroy_others']
    destroy: typeof routes['profile_sessions.destroy']
  }
  portal: {
    tickets: {
      index: typeof routes['portal.tickets.index']
      create: typeof routes['portal.tickets.create']
      store: typeof routes['portal.tickets.store']
      show: typeof routes['portal.tickets.show']
    }
    ticketComments: {
      store: typeof routes['portal.ticket_comments.store']
    }
  }
  ticketAttachments: {
    show: typeof routes['ticket_attachments.show']
  }
  desk: {
    tickets: {
      index: typeof routes['desk.tickets.index']
      show: typeof routes['desk.tickets.show']
      update: typeof routes['desk.tickets.update']
    }
    figures: {
      show: typeof routes['desk.figures.show']
    }
    ticketExports: {
      show: typeof routes['desk.ticket_exports.show']
    }
    ticketBulkActions: {
      store: typeof routes['desk.ticket_bulk_actions.store']
    }
    ticketAssignments: {
      update: typeof routes['desk.ticket_assignments.update']
    }
    ticketStatuses: {
      update: typeof routes['desk.ticket_statuses.update']
    }
    ticketComments: {
      store: typeof routes['desk.ticket_comments.store']
    }
    ticketMails: {
      show: typeof routes['desk.ticket_mails.show']
    }
    availability: {
      update: typeof routes['desk.availability.update']
    }
  }
  admin: {
    dashboard: {
      show: typeof routes['admin.dashboard.show']
    }
    reports: {
      show: typeof routes['admin.reports.show']
      export: typeof routes['admin.reports.export']
    }
    users: {
      index: typeof routes['admin.users.index']
      create: typeof routes['admin.users.create']
      store: typeof routes['admin.users.store']
      edit: typeof routes['admin.users.edit']
      update: typeof routes['admin.users.update']
      deactivate: typeof routes['admin.users.deactivate']
      reactivate: typeof routes['admin.users.reactivate']
      resendInvitation: typeof routes['admin.users.resend_invitation']
    }
    userAvailability: {
      update: typeof routes['admin.user_availability.update']
    }
    groups: {
      index: typeof routes['admin.groups.index']
      store: typeof routes['admin.groups.store']
      show: typeof routes['admin.groups.show']
      update: typeof routes['admin.groups.update']
      destroy: typeof routes['admin.groups.destroy']
      move: typeof routes['admin.groups.move']
    }
    groupAssignments: {
      update: typeof routes['admin.group_assignments.update']
    }
    categories: {
      store: typeof routes['admin.categories.store']
      update: typeof routes['admin.categories.update']
      move: typeof routes['admin.categories.move']
      destroy: typeof routes['admin.categories.destroy']
    }
    subcategories: {
      store: typeof routes['admin.subcategories.store']
      update: typeof routes['admin.subcategories.update']
      move: typeof routes['admin.subcategories.move']
      destroy: typeof routes['admin.subcategories.destroy']
    }
    groupMembers: {
      store: typeof routes['admin.group_members.store']
      destroy: typeof routes['admin.group_members.destroy']
    }
    mailboxes: {
      index: typeof routes['admin.mailboxes.index']
      create: typeof routes['admin.mailboxes.create']
      store: typeof routes['admin.mailboxes.store']
      test: typeof routes['admin.mailboxes.test']
      edit: typeof routes['admin.mailboxes.edit']
      update: typeof routes['admin.mailboxes.update']
      destroy: typeof routes['admin.mailboxes.destroy']
    }
    mailboxMessages: {
      index: typeof routes['admin.mailbox_messages.index']
      raw: typeof routes['admin.mailbox_messages.raw']
      retry: typeof routes['admin.mailbox_messages.retry']
    }
    settings: {
      edit: typeof routes['admin.settings.edit']
      update: typeof routes['admin.settings.update']
    }
    auditLogs: {
      index: typeof routes['admin.audit_logs.index']
    }
    imports: {
      index: typeof routes['admin.imports.index']
      store: typeof routes['admin.imports.store']
      show: typeof routes['admin.imports.show']
      update: typeof routes['admin.imports.update']
      run: typeof routes['admin.imports.run']
      cancel: typeof routes['admin.imports.cancel']
      progress: typeof routes['admin.imports.progress']
      refused: typeof routes['admin.imports.refused']
      destroy: typeof routes['admin.imports.destroy']
    }
    plugins: {
      index: typeof routes['admin.plugins.index']
      show: typeof routes['admin.plugins.show']
    }
    pluginSettings: {
      update: typeof routes['admin.plugin_settings.update']
    }
    pluginStates: {
      update: typeof routes['admin.plugin_states.update']
    }
    pluginDeliveries: {
      retry: typeof routes['admin.plugin_deliveries.retry']
    }
  }
  api: {
    openapi: {
      show: typeof routes['api.openapi.show']
    }
    auth: {
      login: typeof routes['api.auth.login']
      refresh: typeof routes['api.auth.refresh']
      logout: typeof routes['api.auth.logout']
    }
    me: {
      show: typeof routes['api.me.show']
      updateNotificationPreferences: typeof routes['api.me.update_notification_preferences']
    }
    meAvailability: {
      update: typeof routes['api.me_availability.update']
    }
    meSessions: {
      index: typeof routes['api.me_sessions.index']
      destroyOthers: typeof routes['api.me_sessions.destroy_others']
      destroy: typeof routes['api.me_sessions.destroy']
    }
    groups: {
      index: typeof routes['api.groups.index']
    }
    tickets: {
      index: typeof routes['api.tickets.index']
      store: typeof routes['api.tickets.store']
      show: typeof routes['api.tickets.show']
      comment: typeof routes['api.tickets.comment']
    }
    ticketExports: {
      show: typeof routes['api.ticket_exports.show']
    }
    ticketAttachments: {
      show: typeof routes['api.ticket_attachments.show']
    }
    admin: {
      tickets: {
        index: typeof routes['api.admin.tickets.index']
        assign: typeof routes['api.admin.tickets.assign']
        status: typeof routes['api.admin.tickets.status']
        update: typeof routes['api.admin.tickets.update']
      }
      ticketExports: {
        show: typeof routes['api.admin.ticket_exports.show']
      }
      reports: {
        show: typeof routes['api.admin.reports.show']
      }
      groups: {
        usage: typeof routes['api.admin.groups.usage']
        store: typeof routes['api.admin.groups.store']
        update: typeof routes['api.admin.groups.update']
        destroy: typeof routes['api.admin.groups.destroy']
        storeCategory: typeof routes['api.admin.groups.store_category']
        storeSubcategory: typeof routes['api.admin.groups.store_subcategory']
        addMember: typeof routes['api.admin.groups.add_member']
        removeMember: typeof routes['api.admin.groups.remove_member']
      }
      imports: {
        index: typeof routes['api.admin.imports.index']
        store: typeof routes['api.admin.imports.store']
        show: typeof routes['api.admin.imports.show']
        update: typeof routes['api.admin.imports.update']
        run: typeof routes['api.admin.imports.run']
        cancel: typeof routes['api.admin.imports.cancel']
        refused: typeof routes['api.admin.imports.refused']
        destroy: typeof routes['api.admin.imports.destroy']
      }
      mailboxes: {
        index: typeof routes['api.admin.mailboxes.index']
        store: typeof routes['api.admin.mailboxes.store']
        show: typeof routes['api.admin.mailboxes.show']
        update: typeof routes['api.admin.mailboxes.update']
        destroy: typeof routes['api.admin.mailboxes.destroy']
        test: typeof routes['api.admin.mailboxes.test']
      }
      mailboxMessages: {
        index: typeof routes['api.admin.mailbox_messages.index']
        raw: typeof routes['api.admin.mailbox_messages.raw']
        retry: typeof routes['api.admin.mailbox_messages.retry']
      }
      userAvailability: {
        update: typeof routes['api.admin.user_availability.update']
      }
      plugins: {
        index: typeof routes['api.admin.plugins.index']
        show: typeof routes['api.admin.plugins.show']
        settings: typeof routes['api.admin.plugins.settings']
        state: typeof routes['api.admin.plugins.state']
      }
      pluginDeliveries: {
        index: typeof routes['api.admin.plugin_deliveries.index']
        retry: typeof routes['api.admin.plugin_deliveries.retry']
      }
    }
  }
  plugins: {
    aiTriage: {
      admin: typeof routes['plugins.ai-triage.admin']
      tickets: {
        apply: typeof routes['plugins.ai-triage.tickets.apply']
        dismiss: typeof routes['plugins.ai-triage.tickets.dismiss']
      }
      train: typeof routes['plugins.ai-triage.train']
      evaluate: typeof routes['plugins.ai-triage.evaluate']
      api: {
        tickets: {
          show: typeof routes['plugins.ai-triage.api.tickets.show']
          apply: typeof routes['plugins.ai-triage.api.tickets.apply']
          dismiss: typeof routes['plugins.ai-triage.api.tickets.dismiss']
        }
      }
    }
    ldapSso: {
      admin: typeof routes['plugins.ldap-sso.admin']
      checkConnection: typeof routes['plugins.ldap-sso.check-connection']
      checkUser: typeof routes['plugins.ldap-sso.check-user']
      preview: typeof routes['plugins.ldap-sso.preview']
      sync: typeof routes['plugins.ldap-sso.sync']
      syncAnyway: typeof routes['plugins.ldap-sso.sync-anyway']
    }
    slaEscalation: {
      policies: typeof routes['plugins.sla-escalation.policies'] & {
        create: typeof routes['plugins.sla-escalation.policies.create']
        edit: typeof routes['plugins.sla-escalation.policies.edit']
        store: typeof routes['plugins.sla-escalation.policies.store']
        update: typeof routes['plugins.sla-escalation.policies.update']
        move: typeof routes['plugins.sla-escalation.policies.move']
        destroy: typeof routes['plugins.sla-escalation.policies.destroy']
      }
      calendars: typeof routes['plugins.sla-escalation.calendars'] & {
        create: typeof routes['plugins.sla-escalation.calendars.create']
        edit: typeof routes['plugins.sla-escalation.calendars.edit']
        store: typeof routes['plugins.sla-escalation.calendars.store']
        update: typeof routes['plugins.sla-escalation.calendars.update']
        destroy: typeof routes['plugins.sla-escalation.calendars.destroy']
      }
      test: typeof routes['plugins.sla-escalation.test'] & {
        run: typeof routes['plugins.sla-escalation.test.run']
        reset: typeof routes['plugins.sla-escalation.test.reset']
      }
      report: typeof routes['plugins.sla-escalation.report']
      api: {
        report: typeof routes['plugins.sla-escalation.api.report']
      }
    }
    slackNotifications: {
      admin: typeof routes['plugins.slack-notifications.admin']
      test: typeof routes['plugins.slack-notifications.test']
      api: {
        test: typeof routes['plugins.slack-notifications.api.test']
      }
    }
  }
}
