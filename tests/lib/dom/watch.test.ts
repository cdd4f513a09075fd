// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPresence, watchText } from '../../../lib/dom/watch';

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const live: AbortController[] = [];
function signal(): AbortSignal {
  const controller = new AbortController();
  live.push(controller);
  return controller.signal;
}
afterEach(() => {
  for (const controller of live.splice(0)) controller.abort();
});

describe('watchPresence', () => {
  it('reports an element as it appears, changes and goes, once per frame', async () => {
    document.body.replaceChildren();
    const seen: string[] = [];
    watchPresence(document.body, signal(), {
      find: () => document.querySelector('.compose'),
      onAppear: (el) => seen.push(`appear ${el.id}`),
      onDisappear: () => seen.push('disappear'),
    });
    const a = Object.assign(document.createElement('div'), { className: 'compose', id: 'a' });
    document.body.append(a);
    document.body.append(document.createElement('span'));
    await frame();
    a.remove();
    const b = Object.assign(document.createElement('div'), { className: 'compose', id: 'b' });
    document.body.append(b);
    await frame();
    b.remove();
    await frame();
    expect(seen).toEqual(['appear a', 'disappear', 'appear b', 'disappear']);
  });

  it('stops watching and cleans up when aborted', async () => {
    document.body.replaceChildren(Object.assign(document.createElement('div'), { className: 'compose' }));
    const onDisappear = vi.fn();
    const onAppear = vi.fn();
    const controller = new AbortController();
    watchPresence(document.body, controller.signal, {
      find: () => document.querySelector('.compose'),
      onAppear,
      onDisappear,
    });
    expect(onAppear).toHaveBeenCalledOnce();
    controller.abort();
    expect(onDisappear).toHaveBeenCalledOnce();
    document.body.replaceChildren();
    document.body.append(Object.assign(document.createElement('div'), { className: 'compose' }));
    await frame();
    expect(onAppear).toHaveBeenCalledOnce();
  });

  it('treats a throwing finder as "absent" and keeps the page alive', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onAppear = vi.fn();
    watchPresence(document.body, signal(), {
      find: () => {
        throw new Error('site changed');
      },
      onAppear,
      onDisappear: () => undefined,
    });
    expect(onAppear).not.toHaveBeenCalled();
    expect(console.warn).toHaveBeenCalledOnce();
  });
});

describe('watchText', () => {
  it('batches text changes into one call per frame', async () => {
    const editor = document.createElement('div');
    editor.textContent = 'a';
    document.body.replaceChildren(editor);
    const onChange = vi.fn();
    watchText(editor, signal(), onChange);
    (editor.firstChild as Text).data = 'ab';
    editor.append('c');
    await frame();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
