// Ask the background something; rejects with the background's error text.
import { browser } from '../browser';
import { CHANNEL, type Message, type MessageType, type Protocol, type Reply } from './protocol';

export type Transport = (envelope: unknown) => Promise<unknown>;

const runtimeTransport: Transport = (envelope) => browser.runtime.sendMessage(envelope);

export async function send<K extends MessageType>(
  message: Message<K>,
  transport: Transport = runtimeTransport,
): Promise<Protocol[K]['response']> {
  const reply = (await transport({ channel: CHANNEL, message })) as Reply<K> | undefined;
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new Error(`No answer from Rapport's background for ${message.type}`);
  }
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
