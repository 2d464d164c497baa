/**
 * The plugin SDK: the one module a plugin imports (tests add
 * `#platform/sdk/testing`). Everything exported here is the stable
 * contract described in docs/plugins.md; anything else in the core may
 * change without notice.
 */
export { definePlugin } from '#platform/define_plugin'
export { SDK_VERSION } from '#platform/sdk_version'

/**
 * Events plugins declare, name → payload. Empty in the core; a plugin
 * that declares events adds them by declaration merging, so subscribers
 * and `context.events.emit` are type-checked like core events:
 *
 *   declare module '#platform/sdk' {
 *     interface PluginEvents { 'sla.breached': { ticketId: number; minutesLate: number } }
 *   }
 */
export interface PluginEvents {}
export type {
  ActionOptions,
  ActionResult,
  ApiOptions,
  CommandContext,
  CommandFlag,
  CommandFlags,
  CommandHandler,
  CommandOptions,
  InstallationCommandContext,
  InstallationCommandHandler,
  BadgeLoader,
  EmptySettings,
  EventContext,
  EventDeclaration,
  EventHandler,
  FilterHandler,
  FlagValues,
  HookRegistrar,
  HttpMethod,
  InRequestContext,
  Ordering,
  PageArea,
  PageLoader,
  PageOptions,
  PanelLoader,
  PluginContext,
  PluginDefinition,
  PluginSettings,
  PluginRequest,
  ProviderHandler,
  RouteRole,
  ScheduleHandler,
  SettingsColumn,
  SettingsField,
  SettingsOf,
  SettingsOptionsSource,
  SortDirection,
  SortOptions,
  SuggestionLoader,
} from '#platform/define_plugin'
export type {
  ActorSnapshot,
  EventHooks,
  AllEventHooks,
  AnyEventName,
  Badge,
  BadgeSlotName,
  BadgeSlots,
  BadgeTone,
  CommentSource,
  EventName,
  ExternalIdentity,
  FieldChange,
  FilterHooks,
  FilterName,
  JsonValue,
  NotificationKind,
  PanelData,
  PanelView,
  PluginEventName,
  ProviderHooks,
  ProviderName,
  Recipient,
  SlotName,
  SlotProps,
  SortSlotName,
  Suggestion,
  SuggestionSlotName,
  SuggestionSlots,
  TicketDraft,
  TicketSnapshot,
  UserSnapshot,
} from '#platform/catalogue'
export type {
  CommentView,
  HistoryEntry,
  Host,
  HostUser,
  MailHost,
  MailMessage,
  MailRecipient,
  NewUser,
  OutboundHttp,
  OutboundRequest,
  PluginDatabase,
  PluginEventEmitter,
  PluginStore,
  TaxonomyGroup,
  TaxonomyHost,
  TaxonomyNode,
  TicketDetail,
  TicketFields,
  TicketFilter,
  TicketPage,
  TicketsHost,
  UserFields,
  UserFilter,
  UserLookup,
  UserPage,
  UsersHost,
} from '#platform/host'
export {
  HostError,
  HostNotFound,
  HostValidationError,
  OutboundRefused,
  OutboundTimeout,
  PermanentFailure,
  RetryLater,
  failPermanently,
  retryLater,
} from '#platform/errors'
export {
  DEFAULT_DAYS,
  periodSchema,
  resolvePeriod,
  type Period,
  type PeriodInput,
} from '#platform/report_period'
export type { Priority, Source, Status } from '#models/ticket'
export type { Role } from '#models/user'
