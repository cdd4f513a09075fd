import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { compareMinor, minorOf, openPageAfterInstall, pageAfterInstall } from '../../../lib/onboarding/after-install';

describe('what opens after an install or an update', () => {
  it('opens the welcome page on a first install', () => {
    expect(pageAfterInstall({ reason: 'install' }, '0.1.0')).toBe('welcome.html');
  });

  it.each([
    ['0.1.4', '0.2.0'],
    ['0.1.0', '0.3.1'],
    ['0.9.2', '1.0.0'],
    ['1.9.0', '1.10.0'],
  ])('shows what changed on a minor or major update from %s to %s', (previous, version) => {
    expect(pageAfterInstall({ reason: 'update', previousVersion: previous }, version)).toBe(
      `welcome.html?from=${previous}#whats-new`,
    );
  });

  it.each([
    ['0.2.0', '0.2.1'],
    ['0.2.1', '0.2.9'],
    ['0.2.0', '0.2.0'],
    ['0.3.0', '0.2.5'],
    ['1.0.0', '0.9.0'],
  ])('opens nothing on a patch, the same version or a downgrade (%s to %s)', (previous, version) => {
    expect(pageAfterInstall({ reason: 'update', previousVersion: previous }, version)).toBeNull();
  });

  it('opens nothing when the browser or a shared module updates, or the previous version is unknown', () => {
    expect(pageAfterInstall({ reason: 'browser_update' }, '0.2.0')).toBeNull();
    expect(pageAfterInstall({ reason: 'chrome_update', previousVersion: '0.1.0' }, '0.2.0')).toBeNull();
    expect(pageAfterInstall({ reason: 'shared_module_update' }, '0.2.0')).toBeNull();
    expect(pageAfterInstall({ reason: 'update' }, '0.2.0')).toBeNull();
  });

  it('compares versions by major and minor number, not as text', () => {
    expect(compareMinor('0.10.0', '0.9.5')).toBe(1);
    expect(compareMinor('0.9.5', '0.9.0')).toBe(0);
    expect(compareMinor('0.8', '0.9.0')).toBe(-1);
    expect(minorOf('2.14.3')).toBe('2.14');
    expect(minorOf('garbled')).toBe('0.0');
  });
});

describe('the onInstalled listener', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the page in a new tab on install and opens none on a patch update', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.2.1' } as never);
    openPageAfterInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.2.0' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[0].url).toMatch(/\/welcome\.html$/);
  });
});
