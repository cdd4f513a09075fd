import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { writeSettings } from '../../../lib/storage/settings';
import { CALL_PAGE, transportFrom } from './transport';

const transport = transportFrom(CALL_PAGE);
const seen = (state: 'in-call' | 'ended') =>
  send(
    {
      type: 'calls/seen',
      site: 'meet',
      key: 'abc-defg-hij',
      title: 'Abnahme',
      participants: state === 'ended' ? [] : [{ name: 'Anna Schmidt', email: '' }],
      state,
    },
    transport,
  );

let create: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  create = vi.fn(async () => 'id');
  fakeBrowser.notifications.create = create as never;
  fakeBrowser.permissions.contains = vi.fn(async () => true) as never;
  fakeBrowser.runtime.getURL = ((path: string) => `chrome-extension://x${path}`) as never;
});

describe('the reminder after a call', () => {
  it('notifies once when the user leaves, if they turned it on', async () => {
    await writeSettings({ remindAfterCall: true });
    await seen('in-call');
    await seen('ended');
    await seen('ended');
    expect(create).toHaveBeenCalledOnce();
    expect(create.mock.calls[0]?.[1]).toMatchObject({ type: 'basic', title: 'After: Abnahme' });
  });

  it('stays silent when the reminder is off or the permission is missing', async () => {
    await seen('in-call');
    await seen('ended');
    await writeSettings({ remindAfterCall: true });
    fakeBrowser.permissions.contains = vi.fn(async () => false) as never;
    await seen('in-call');
    await seen('ended');
    expect(create).not.toHaveBeenCalled();
  });
});
