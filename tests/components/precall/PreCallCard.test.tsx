// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PreCallCard } from '../../../components/precall/PreCallCard';
import { click, mount } from '../render';

describe('PreCallCard', () => {
  it('names the meeting, asks for appreciation and lists the checklist', () => {
    const el = mount(<PreCallCard meetingTitle="abc-defg-hij" onDismiss={() => undefined} />);
    expect(el.querySelector('section')?.getAttribute('aria-label')).toBe('Rapport: before you join');
    expect(el.textContent).toContain('Meeting: abc-defg-hij');
    expect(el.querySelectorAll('li')).toHaveLength(3);
  });

  it('renders a hostile meeting title as text, not markup', () => {
    const el = mount(<PreCallCard meetingTitle={'<img src=x onerror="alert(1)">'} onDismiss={() => undefined} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('leaves out the meeting line when the page names no meeting', () => {
    const el = mount(<PreCallCard meetingTitle="" onDismiss={() => undefined} />);
    expect(el.textContent).not.toContain('Meeting:');
  });

  it('asks to be dismissed', () => {
    const onDismiss = vi.fn();
    const el = mount(<PreCallCard meetingTitle="x" onDismiss={onDismiss} />);
    click(el.querySelector('[data-testid="precall-dismiss"]'));
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
