/**
 * The JSON conversation log (DATA/debrief.json): its types, version and migrations.
 * Full message bodies are not here; they live in DATA/bodies/<conversationId>/<n>.txt (0600).
 */
import type { Address } from '../mail/message.ts';
import type { MailPurpose } from '../mail/outgoing.ts';
import type { Language, Stage } from '../understand/types.ts';

export const SCHEMA_VERSION = 1;

export type Direction = 'in' | 'out';

export interface MessageEntry {
  messageId: string;
  date: string | null;
  direction: Direction;
  from: string | null;
  to: string[];
  subject: string;
  /** e.g. `rejection`, `feedback`, `auto_reply`, `request`, `approval`, `notice`. */
  kind: string;
  /** ≤ 280 characters. */
  excerpt: string;
  /** Relative to the data folder, e.g. `bodies/acme-1a2b/3.txt`; null when no body was kept. */
  bodyFile: string | null;
}

export interface TransitionEntry {
  at: string;
  from: string | null;
  to: string;
  /** The event type that caused it (e.g. `candidate.approve`, `clock.deadline`). */
  cause: string;
}

export interface DecisionEntry {
  at: string;
  /** `approve`, `skip`, `stop`. */
  decision: string;
  detail: string | null;
}

export type ConversationStatus = 'active' | 'final' | 'error';

export interface ConversationRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  company: string | null;
  role: string | null;
  contact: Address | null;
  stage: Stage | null;
  language: Language;
  /** Message-ID of the rejection that started it (de-duplication key). */
  rejectionMessageId: string;
  /** The machine state, e.g. `awaitingReply`. */
  state: string;
  status: ConversationStatus;
  error: string | null;
  machineVersion: number;
  /** XState persisted snapshot (actor.getPersistedSnapshot()). */
  snapshot: unknown;
  /** The next deadline, mirrored from the snapshot for `status` and the scheduler. */
  deadline: { at: string; kind: string } | null;
  messages: MessageEntry[];
  transitions: TransitionEntry[];
  decisions: DecisionEntry[];
  feedback: string[];
  outcome: string | null;
}

export type OutboxStatus = 'pending' | 'sent' | 'dry_run' | 'failed' | 'uncertain';

export interface OutboxRecord {
  /** `<conversationId>:<seq>`, the machine's intent id: never sent twice. */
  id: string;
  conversationId: string | null;
  /** Assigned before the first send attempt and never changed. */
  messageId: string;
  purpose: MailPurpose;
  toEmployer: boolean;
  to: Address[];
  subject: string;
  inReplyTo: string | null;
  references: string[];
  bodyFile: string;
  /** The first ≤ 280 characters of the body, for the conversation log (older records: absent). */
  excerpt?: string;
  headers?: Record<string, string>;
  status: OutboxStatus;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
  /** Not before this time (held by a cap or the window, or a transient failure's retry). */
  notBefore: string | null;
  error: string | null;
}

export interface WatcherCursor {
  uidValidity: string | null;
  lastUid: number;
}

export interface SendBookkeeping {
  /** Local day (YYYY-MM-DD) the count is for. */
  day: string;
  count: number;
  /** Last employer send per recipient address (ISO). */
  lastByRecipient: Record<string, string>;
}

export interface StoreData {
  version: number;
  conversations: Record<string, ConversationRecord>;
  outbox: Record<string, OutboxRecord>;
  cursor: WatcherCursor | null;
  /** Message-IDs already handled by the watcher, oldest first (bounded ring). */
  handled: string[];
  sends: SendBookkeeping;
  /**
   * The SMTP sender's own records (src/mail/sender.ts OutboxRecord, keyed by outbox id), kept
   * here so everything durable is in one file; see sender-outbox.ts. Opaque to the rest.
   */
  senderOutbox: Record<string, unknown>;
}

export function emptyData(): StoreData {
  return {
    version: SCHEMA_VERSION,
    conversations: {},
    outbox: {},
    cursor: null,
    handled: [],
    sends: { day: '', count: 0, lastByRecipient: {} },
    senderOutbox: {},
  };
}

/**
 * Migrations: MIGRATIONS[n] turns a version-n file into version n+1. Add one for every schema
 * change; `migrate` runs them in order at open and the file is written back once.
 */
export const MIGRATIONS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  // 0: files written before the version field existed (none in the wild; shows the path).
  0: (data) => ({ ...emptyData(), ...data, version: 1 }),
};

export function migrate(data: Record<string, unknown>): { data: StoreData; migrated: boolean } {
  let version = typeof data.version === 'number' ? data.version : 0;
  let migrated = false;
  if (version > SCHEMA_VERSION) {
    throw new Error(`the data file is version ${version}, newer than this debrief (${SCHEMA_VERSION}); upgrade debrief`);
  }
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from data file version ${version}`);
    data = step(data);
    version = data.version as number;
    migrated = true;
  }
  return { data: data as unknown as StoreData, migrated };
}
