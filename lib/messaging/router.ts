// The background's side: checks who sent each incoming envelope and whether
// they may ask this, bounds its size, runs the handler for its type and always
// answers with a Reply (never a thrown error).
import { allowed, classifySender, type RawSender, type Self, type Sender, withinSize } from './access';
import { MAX_ANALYSED_CHARS } from './limits';
import { CHANNEL, type Message, type MessageType, type Protocol, type Reply } from './protocol';
import type { SurfaceKind } from './surface-types';

export type Handlers = {
  [K in MessageType]: (message: Message<K>, from: Sender) => Promise<Protocol[K]['response']>;
};

/** Characters of text and list entries a message may carry; a draft and a backup need more. */
const SIZE_LIMIT = 100_000;
const SIZE_LIMITS: Partial<Record<MessageType, number>> = {
  // The draft's analysed part, and room for the recipients' addresses and the finding indexes.
  'analysis/run': MAX_ANALYSED_CHARS + 10_000,
  'analysis/rewrites': MAX_ANALYSED_CHARS + 10_000,
  'data/import': 200_000_000,
  // The underlines of a long draft: two offsets per finding shown.
  'surface/command': 6 * MAX_ANALYSED_CHARS + 1_000,
  // Two lists of boxes of four numbers.
  'surface/marks': 12 * 2_000 + 100,
};

/** Returns undefined for messages that are not Rapport's, so other listeners may answer them. */
export function createRouter(
  handlers: Handlers,
  self: Self,
  /** The kind of surface that granted a frame its tab (lib/messaging/surfaces.ts), or null. */
  granted?: (raw: RawSender) => SurfaceKind | null,
): (envelope: unknown, sender: RawSender | undefined) => Promise<Reply> | undefined {
  return (envelope, raw) => {
    if (typeof envelope !== 'object' || envelope === null) return undefined;
    const { channel, message } = envelope as { channel?: unknown; message?: unknown };
    if (channel !== CHANNEL) return undefined;
    const refuse = (error: string) => Promise.resolve<Reply>({ ok: false, error });
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
      return refuse(`Unknown message type: ${String(type).slice(0, 100)}`);
    }
    const from = classifySender(raw, self, granted);
    if (!allowed(from, type as MessageType)) return refuse(`${type} is not allowed from this context`);
    if (!withinSize(message, SIZE_LIMITS[type as MessageType] ?? SIZE_LIMIT)) return refuse(`${type}: too large`);
    const handler = handlers[type as MessageType] as (m: unknown, from: Sender) => Promise<unknown>;
    // A handler that throws before its first await still answers with an error.
    return Promise.resolve()
      .then(() => handler(message, from))
      .then(
        (value) => ({ ok: true, value }) as Reply,
        (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
  };
}
