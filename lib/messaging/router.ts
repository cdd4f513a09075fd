// The background's side: checks each incoming envelope, runs the handler for
// its type and always answers with a Reply (never a thrown error).
import { CHANNEL, type Message, type MessageType, type Protocol, type Reply } from './protocol';

export type Handlers = {
  [K in MessageType]: (message: Message<K>) => Promise<Protocol[K]['response']>;
};

/** Returns undefined for messages that are not Rapport's, so other listeners may answer them. */
export function createRouter(handlers: Handlers): (envelope: unknown) => Promise<Reply> | undefined {
  return (envelope) => {
    if (typeof envelope !== 'object' || envelope === null) return undefined;
    const { channel, message } = envelope as { channel?: unknown; message?: unknown };
    if (channel !== CHANNEL) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
      return Promise.resolve({ ok: false, error: `Unknown message type: ${String(type)}` });
    }
    const handler = handlers[type as MessageType] as (m: unknown) => Promise<unknown>;
    return handler(message).then(
      (value) => ({ ok: true, value }) as Reply,
      (error: unknown) => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  };
}
