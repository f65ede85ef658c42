import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { describeStance, isStance, STANCES } from './stance';
import { StanceBadge } from './stance-badge';

describe('StanceBadge', () => {
  it('shows the stance as a word and an icon, not colour alone', () => {
    const { container } = render(<StanceBadge stance="concern" />);
    const badge = container.querySelector('[data-stance="concern"]')!;
    expect(badge.textContent).toContain('concern');
    expect(badge.textContent).toContain('⚠');
    expect(badge.getAttribute('title')).toMatch(/warned/);
  });

  it('keeps the word for screen readers when compact', () => {
    const { container } = render(<StanceBadge stance="support" compact />);
    const word = container.querySelector('.visually-hidden');
    expect(word?.textContent).toBe('support');
  });

  it('labels a statement without a reporting verb as "no stance"', () => {
    const { container } = render(<StanceBadge stance={null} />);
    expect(container.textContent).toContain('no stance');
  });
});

describe('stance looks', () => {
  it('gives every stance a distinct word and a distinct icon', () => {
    const looks = STANCES.map((s) => describeStance(s));
    expect(new Set(looks.map((l) => l.word)).size).toBe(STANCES.length);
    expect(new Set(looks.map((l) => l.icon)).size).toBe(STANCES.length);
  });

  it('accepts only stances of the closed set', () => {
    expect(isStance('support')).toBe(true);
    expect(isStance('anger')).toBe(false);
    expect(isStance(undefined)).toBe(false);
  });
});
