import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RedlineView } from './redline-view';

describe('RedlineView', () => {
  it('strikes deleted words on the base side and marks inserted words on the target side', () => {
    const { container } = render(
      <RedlineView
        baseLabel="Stockholm"
        targetLabel="Washington"
        ops={[
          { op: 'equal', text: 'The US ' },
          { op: 'delete', text: 'warned' },
          { op: 'insert', text: 'welcomed' },
        ]}
      />,
    );
    const base = container.querySelector('[data-side="base"]')!;
    const target = container.querySelector('[data-side="target"]')!;
    expect(base.textContent).toBe('The US warned');
    expect(target.textContent).toBe('The US welcomed');
    expect(base.querySelector('del')?.textContent).toBe('warned');
    expect(base.querySelector('ins')).toBeNull();
    expect(target.querySelector('ins')?.textContent).toBe('welcomed');
    expect(screen.getByText('Stockholm')).toBeTruthy();
  });

  it('renders markup inside the text as text, not as elements', () => {
    const { container } = render(
      <RedlineView
        baseLabel="a"
        targetLabel="b"
        ops={[{ op: 'insert', text: '<img src=x onerror=alert(1)>' }]}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('ins')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
