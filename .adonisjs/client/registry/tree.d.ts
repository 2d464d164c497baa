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
  }
  portal: {
    home: {
      show: typeof routes['portal.home.show']
    }
  }
  desk: {
    home: {
      show: typeof routes['desk.home.show']
    }
  }
  admin: {
    dashboard: {
      show: typeof routes['admin.dashboard.show']
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
    groups: {
      index: typeof routes['admin.groups.index']
      store: typeof routes['admin.groups.store']
      show: typeof routes['admin.groups.show']
      update: typeof routes['admin.groups.update']
      destroy: typeof routes['admin.groups.destroy']
    }
    groupMembers: {
      store: typeof routes['admin.group_members.store']
      destroy: typeof routes['admin.group_members.destroy']
    }
    settings: {
      edit: typeof routes['admin.settings.edit']
      update: typeof routes['admin.settings.update']
    }
    auditLogs: {
      index: typeof routes['admin.audit_logs.index']
    }
  }
  api: {
    me: {
      show: typeof routes['api.me.show']
    }
  }
}
