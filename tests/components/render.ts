import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh container in the jsdom document. */
export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  act(() => render(node, container));
  return container;
}

export function click(el: Element | null): void {
  if (!el) throw new Error('nothing to click');
  act(() => (el as HTMLElement).click());
}
