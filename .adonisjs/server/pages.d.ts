import '@adonisjs/inertia/types'

import type { VNodeProps, AllowedComponentProps, ComponentInstance } from 'vue'

type ExtractProps<T> = Omit<
  ComponentInstance<T>['$props'],
  keyof VNodeProps | keyof AllowedComponentProps
>

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'admin/audit_logs/index': ExtractProps<(typeof import('../../resources/js/pages/admin/audit_logs/index.vue'))['default']>
    'admin/channels/email/form': ExtractProps<(typeof import('../../resources/js/pages/admin/channels/email/form.vue'))['default']>
    'admin/channels/email/index': ExtractProps<(typeof import('../../resources/js/pages/admin/channels/email/index.vue'))['default']>
    'admin/channels/email/messages': ExtractProps<(typeof import('../../resources/js/pages/admin/channels/email/messages.vue'))['default']>
    'admin/dashboard': ExtractProps<(typeof import('../../resources/js/pages/admin/dashboard.vue'))['default']>
    'admin/groups/index': ExtractProps<(typeof import('../../resources/js/pages/admin/groups/index.vue'))['default']>
    'admin/groups/show': ExtractProps<(typeof import('../../resources/js/pages/admin/groups/show.vue'))['default']>
    'admin/imports/index': ExtractProps<(typeof import('../../resources/js/pages/admin/imports/index.vue'))['default']>
    'admin/imports/show': ExtractProps<(typeof import('../../resources/js/pages/admin/imports/show.vue'))['default']>
    'admin/plugin_page': ExtractProps<(typeof import('../../resources/js/pages/admin/plugin_page.vue'))['default']>
    'admin/plugins/index': ExtractProps<(typeof import('../../resources/js/pages/admin/plugins/index.vue'))['default']>
    'admin/plugins/show': ExtractProps<(typeof import('../../resources/js/pages/admin/plugins/show.vue'))['default']>
    'admin/reports/show': ExtractProps<(typeof import('../../resources/js/pages/admin/reports/show.vue'))['default']>
    'admin/settings/edit': ExtractProps<(typeof import('../../resources/js/pages/admin/settings/edit.vue'))['default']>
    'admin/users/create': ExtractProps<(typeof import('../../resources/js/pages/admin/users/create.vue'))['default']>
    'admin/users/edit': ExtractProps<(typeof import('../../resources/js/pages/admin/users/edit.vue'))['default']>
    'admin/users/index': ExtractProps<(typeof import('../../resources/js/pages/admin/users/index.vue'))['default']>
    'auth/forgot_password': ExtractProps<(typeof import('../../resources/js/pages/auth/forgot_password.vue'))['default']>
    'auth/login': ExtractProps<(typeof import('../../resources/js/pages/auth/login.vue'))['default']>
    'auth/reset_password': ExtractProps<(typeof import('../../resources/js/pages/auth/reset_password.vue'))['default']>
    'desk/figures': ExtractProps<(typeof import('../../resources/js/pages/desk/figures.vue'))['default']>
    'desk/plugin_page': ExtractProps<(typeof import('../../resources/js/pages/desk/plugin_page.vue'))['default']>
    'desk/tickets/index': ExtractProps<(typeof import('../../resources/js/pages/desk/tickets/index.vue'))['default']>
    'desk/tickets/show': ExtractProps<(typeof import('../../resources/js/pages/desk/tickets/show.vue'))['default']>
    'errors/bad_request': ExtractProps<(typeof import('../../resources/js/pages/errors/bad_request.vue'))['default']>
    'errors/forbidden': ExtractProps<(typeof import('../../resources/js/pages/errors/forbidden.vue'))['default']>
    'errors/not_found': ExtractProps<(typeof import('../../resources/js/pages/errors/not_found.vue'))['default']>
    'errors/server_error': ExtractProps<(typeof import('../../resources/js/pages/errors/server_error.vue'))['default']>
    'errors/unavailable': ExtractProps<(typeof import('../../resources/js/pages/errors/unavailable.vue'))['default']>
    'portal/tickets/create': ExtractProps<(typeof import('../../resources/js/pages/portal/tickets/create.vue'))['default']>
    'portal/tickets/index': ExtractProps<(typeof import('../../resources/js/pages/portal/tickets/index.vue'))['default']>
    'portal/tickets/show': ExtractProps<(typeof import('../../resources/js/pages/portal/tickets/show.vue'))['default']>
    'profile/edit': ExtractProps<(typeof import('../../resources/js/pages/profile/edit.vue'))['default']>
    'profile/plugin_page': ExtractProps<(typeof import('../../resources/js/pages/profile/plugin_page.vue'))['default']>
    'setup/show': ExtractProps<(typeof import('../../resources/js/pages/setup/show.vue'))['default']>
  }
}
