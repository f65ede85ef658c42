import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Snippet } from './snippet';

describe('Snippet', () => {
  it('marks the matching segments only', () => {
    const { container } = render(
      <Snippet
        fallback=""
        segments={[
          { text: 'The US warned of ', match: false },
          { text: 'fentanyl', match: true },
          { text: ' trafficking.', match: false },
        ]}
      />,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['fentanyl']);
    expect(container.textContent).toBe('The US warned of fentanyl trafficking.');
  });

  it('shows HTML in a snippet as text', () => {
    const { container } = render(
      <Snippet fallback="" segments={[{ text: '<script>alert(1)</script>', match: true }]} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toBe('<script>alert(1)</script>');
  });

  it('falls back to the statement text without segments', () => {
    const { container } = render(<Snippet fallback="Whole sentence." segments={[]} />);
    expect(container.textContent).toBe('Whole sentence.');
  });
});
