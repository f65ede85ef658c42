import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCurrentMarkings } from '../../lib/marking';
import { makeDocument } from '../../test-support/make-document';
import { renderAt, stubFetch } from '../../test-support/render-app';
import MeetingPage, { readSpanParam } from './meeting-page';

function Banner() {
  return <output data-testid="markings">{useCurrentMarkings().join(',')}</output>;
}

beforeEach(() => {
  Element.prototype.scrollIntoView = vi.fn();
  vi.stubGlobal('fetch', vi.fn(stubFetch([['/api/documents/som-2023-03-16-stockholm', makeDocument()]])));
});

describe('MeetingPage', () => {
  it('highlights a clicked statement in the source and puts it in the URL', async () => {
    const { container, router } = renderAt(
      <MeetingPage />,
      '/meetings/:id',
      '/meetings/som-2023-03-16-stockholm',
    );
    const button = await screen.findByRole('button', { name: /The US delegation warned against delays/ });
    expect(container.querySelector('mark')).toBeNull();
    fireEvent.click(button);
    await waitFor(() =>
      expect(container.querySelector('.source-text mark')?.textContent).toBe(
        'The US delegation warned against delays.',
      ),
    );
    expect(router.state.location.search).toBe('?statement=s1');
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('opens at the statement named in the URL and shows its actor and stance', async () => {
    const { container } = renderAt(
      <MeetingPage />,
      '/meetings/:id',
      '/meetings/som-2023-03-16-stockholm?statement=s2',
    );
    await screen.findByRole('heading', { name: /Senior Officials Meeting/ });
    const mark = container.querySelector('.source-text mark');
    expect(mark?.textContent).toContain('<script>alert(1)</script>');
    expect(container.querySelector('script')).toBeNull();
    const selected = container.querySelector('[aria-pressed="true"]');
    expect(selected?.textContent).toContain('EU');
    expect(selected?.textContent).toContain('request');
  });

  it('moves the selection with the arrow keys', async () => {
    const { router } = renderAt(
      <MeetingPage />,
      '/meetings/:id',
      '/meetings/som-2023-03-16-stockholm?statement=s1',
    );
    const first = await screen.findByRole('button', { name: /warned against delays/ });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(router.state.location.search).toBe('?statement=s2'));
  });

  it('declares the LIMITE marking for the banner', async () => {
    renderAt(
      <>
        <MeetingPage />
        <Banner />
      </>,
      '/meetings/:id',
      '/meetings/som-2023-03-16-stockholm',
    );
    await waitFor(() => expect(screen.getByTestId('markings').textContent).toBe('LIMITE'));
  });

  it('says so when the record does not exist', async () => {
    renderAt(<MeetingPage />, '/meetings/:id', '/meetings/missing');
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not Found/);
  });
});

describe('readSpanParam', () => {
  it('reads a start-end span and refuses malformed or empty ones', () => {
    expect(readSpanParam('10-25')).toEqual({ start: 10, end: 25 });
    expect(readSpanParam('25-10')).toBeNull();
    expect(readSpanParam('abc')).toBeNull();
    expect(readSpanParam(null)).toBeNull();
  });
});
