import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SourceText } from './source-text';

const text = 'First sentence. Second <b>bold</b> sentence.';
const marks = [
  { key: 's1', start: 0, end: 15 },
  { key: 's2', start: 16, end: text.length },
];

describe('SourceText', () => {
  it('highlights the selected span in place and scrolls it into view', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const { container } = render(<SourceText text={text} marks={marks} selectedKey="s2" label="Source" />);
    const mark = container.querySelector('mark')!;
    expect(mark.textContent).toBe('Second <b>bold</b> sentence.');
    expect(mark.getAttribute('aria-current')).toBe('true');
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(container.textContent).toBe(text);
  });

  it('renders markup in the source as inert text', () => {
    const { container } = render(<SourceText text={text} marks={marks} selectedKey={null} label="Source" />);
    expect(container.querySelector('b')).toBeNull();
    expect(container.querySelector('mark')).toBeNull();
  });

  it('reports a click on an unselected statement', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <SourceText text={text} marks={marks} selectedKey="s2" onSelect={onSelect} label="Source" />,
    );
    fireEvent.click(container.querySelector('[data-key="s1"]')!);
    expect(onSelect).toHaveBeenCalledWith('s1');
  });
});
