import { describe, expect, it } from 'vitest';
import { createSaveIds } from '../../../lib/ui/save-ids';

describe('save ids', () => {
  it('keep one key while the same note is tried again, and give a new one once it was saved', () => {
    let n = 0;
    const ids = createSaveIds(() => `id-${++n}`);
    const first = ids.idFor('anna@example.com\nHört zu');
    expect(ids.idFor('anna@example.com\nHört zu')).toBe(first);
    expect(ids.idFor('ben@example.com\nHört zu')).not.toBe(first);
    const again = ids.idFor('anna@example.com\nHört zu');
    ids.saved('anna@example.com\nHört zu');
    expect(ids.idFor('anna@example.com\nHört zu')).not.toBe(again);
  });

  it('make random keys by default', () => {
    const ids = createSaveIds();
    const one = ids.idFor('x');
    ids.saved('x');
    expect(ids.idFor('x')).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids.idFor('x')).not.toBe(one);
  });
});
