import { type SchemaRules } from '@adonisjs/lucid/types/schema_generator'

/**
 * Narrow string columns to the unions the application uses, so the
 * generated schema classes carry them.
 */
export default {
  tables: {
    tickets: {
      skipColumns: ['search_vector', 'internal_search_vector'],
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
        priority: {
          decorators: [{ name: '@column' }],
          tsType: `'low' | 'medium' | 'high' | 'critical'`,
        },
        status: {
          decorators: [{ name: '@column' }],
          tsType: `'open' | 'assigned' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed'`,
        },
        source: {
          decorators: [{ name: '@column' }],
          tsType: `'portal' | 'api' | 'email' | 'import'`,
        },
      },
    },
    ticket_comments: {
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
        ticket_id: { decorators: [{ name: '@column' }], tsType: 'number' },
      },
    },
    attachments: {
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
        ticket_id: { decorators: [{ name: '@column' }], tsType: 'number' },
        comment_id: { decorators: [{ name: '@column' }], tsType: 'number | null' },
        size: { decorators: [{ name: '@column' }], tsType: 'number' },
      },
    },
    ticket_history: {
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
        ticket_id: { decorators: [{ name: '@column' }], tsType: 'number' },
      },
    },
    audit_logs: {
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
      },
    },
    outbox_events: {
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
      },
    },
    event_deliveries: {
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
        outbox_event_id: { decorators: [{ name: '@column' }], tsType: 'number' },
      },
    },
    delivery_steps: {
      columns: {
        delivery_id: { decorators: [{ name: '@column' }], tsType: 'number' },
      },
    },
    notification_logs: {
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
        ticket_id: { decorators: [{ name: '@column' }], tsType: 'number | null' },
        delivery_id: { decorators: [{ name: '@column' }], tsType: 'number | null' },
      },
    },
    organizations: {
      columns: {
        customer_priorities: {
          decorators: [{ name: '@column' }],
          tsType: `('low' | 'medium' | 'high' | 'critical')[]`,
        },
      },
    },
    users: {
      columns: {
        role: { decorators: [{ name: '@column' }], tsType: `'admin' | 'agent' | 'customer'` },
        theme: { decorators: [{ name: '@column' }], tsType: `'system' | 'light' | 'dark'` },
        directory_groups: { decorators: [{ name: '@column' }], tsType: 'string[]' },
        password: {
          decorators: [{ name: '@column', args: { serializeAs: null } }],
          tsType: 'string',
        },
      },
    },
    mailboxes: {
      columns: {
        tls: { decorators: [{ name: '@column' }], tsType: `'implicit' | 'starttls' | 'none'` },
        after_fetch: { decorators: [{ name: '@column' }], tsType: `'move' | 'delete'` },
        // Never serialized: the API answers password_set instead.
        password_encrypted: {
          decorators: [{ name: '@column', args: { serializeAs: null } }],
          tsType: 'string',
        },
        // bigint, read as a number (config/database.ts); the generator adds `| null`.
        uid_validity: { decorators: [{ name: '@column' }], tsType: 'number' },
        last_uid: { decorators: [{ name: '@column' }], tsType: 'number' },
      },
    },
    mail_messages: {
      columns: {
        id: { decorators: [{ name: '@column', args: { isPrimary: true } }], tsType: 'number' },
        uid_validity: { decorators: [{ name: '@column' }], tsType: 'number' },
        uid: { decorators: [{ name: '@column' }], tsType: 'number' },
        ticket_id: { decorators: [{ name: '@column' }], tsType: 'number' },
        comment_id: { decorators: [{ name: '@column' }], tsType: 'number' },
        status: {
          decorators: [{ name: '@column' }],
          tsType: `'pending' | 'ticket' | 'reply' | 'ignored' | 'held' | 'failed'`,
        },
        refused_attachments: {
          decorators: [{ name: '@column' }],
          tsType: '{ name: string; reason: string }[]',
        },
      },
    },
  },
} satisfies SchemaRules
