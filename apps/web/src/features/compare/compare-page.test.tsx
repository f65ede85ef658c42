import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDiff, makeTopicDiff } from '../../test-support/make-document';
import { renderAt, stubFetch } from '../../test-support/render-app';
import ComparePage from './compare-page';

const summary = (id: string, startDate: string) => ({
  id,
  kind: 'senior-officials',
  title: `SOM ${id}`,
  city: id,
  startDate,
  endDate: startDate,
  documentNumber: null,
  issuedOn: null,
  classification: 'LIMITE',
  sha256: 'c'.repeat(64),
  fileName: null,
  format: 'txt',
  sections: 1,
  statements: 2,
  warnings: 0,
  ingestedAt: '2026-01-01T00:00:00Z',
});

const quiet = makeTopicDiff({ topic: { id: 'drugs', label: 'Drugs' }, actors: [], statements: [] });

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      stubFetch([
        [
          '/api/documents',
          {
            items: [summary('b', '2023-11-20'), summary('a', '2023-03-16'), summary('z', '2022-01-01')],
            total: 3,
            page: 1,
            pageSize: 200,
          },
        ],
        ['/api/compare?base=a&target=b', makeDiff([quiet, makeTopicDiff()])],
      ]),
    ),
  );
});

describe('ComparePage', () => {
  it('defaults to the latest meeting against the one before it, in the URL', async () => {
    const { router } = renderAt(<ComparePage />, '/compare', '/compare');
    await waitFor(() => expect(router.state.location.search).toBe('?base=a&target=b'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Visa reciprocity' })).toBeTruthy();
  });

  it('lists stance shifts first and shows the actor moving from concern to support', async () => {
    renderAt(<ComparePage />, '/compare', '/compare?base=a&target=b');
    const nav = await screen.findByRole('navigation', { name: 'Topics' });
    await waitFor(() => expect(nav.querySelectorAll('[data-topic-id]').length).toBe(2));
    const ids = [...nav.querySelectorAll('[data-topic-id]')].map((b) => b.getAttribute('data-topic-id'));
    expect(ids).toEqual(['visa-reciprocity', 'drugs']);
    const row = document.querySelector('tr[data-change="shifted"]')!;
    expect(row.textContent).toMatch(/US.*concern.*support.*shifted/);
  });

  it('renders the redline of a changed statement', async () => {
    const { container } = renderAt(
      <ComparePage />,
      '/compare',
      '/compare?base=a&target=b&topic=visa-reciprocity',
    );
    await screen.findByRole('heading', { level: 2, name: 'Visa reciprocity' });
    expect(container.querySelector('.redline del')?.textContent).toBe('warned against');
    expect(container.querySelector('.redline ins')?.textContent).toBe('welcomed');
  });

  it('keeps the selected topic and filters in the URL', async () => {
    const { router } = renderAt(<ComparePage />, '/compare', '/compare?base=a&target=b');
    const item = await screen.findByRole('button', { name: /Drugs/ });
    fireEvent.click(item);
    await waitFor(() => expect(router.state.location.search).toBe('?base=a&target=b&topic=drugs'));
    fireEvent.change(screen.getByLabelText('Stance'), { target: { value: 'concern' } });
    await waitFor(() =>
      expect(router.state.location.search).toBe('?base=a&target=b&topic=drugs&stance=concern'),
    );
    // Drugs has nothing with "concern": the view says so instead of showing an empty page.
    expect(await screen.findByText(/is not in this comparison/)).toBeTruthy();
  });

  it('hides unchanged statements unless asked', async () => {
    const { container, router } = renderAt(
      <ComparePage />,
      '/compare',
      '/compare?base=a&target=b&topic=visa-reciprocity',
    );
    await screen.findByRole('heading', { level: 2, name: 'Visa reciprocity' });
    expect(container.querySelectorAll('.pair')).toHaveLength(1);
    fireEvent.click(screen.getByLabelText(/Show unchanged statements/));
    await waitFor(() => expect(container.querySelectorAll('.pair')).toHaveLength(2));
    expect(router.state.location.search).toContain('unchanged=1');
  });

  it('shows the first topic by default and every topic with topic=all', async () => {
    const { container, unmount } = renderAt(<ComparePage />, '/compare', '/compare?base=a&target=b');
    await screen.findByRole('heading', { level: 2, name: 'Visa reciprocity' });
    expect(container.querySelectorAll('article.topic-detail')).toHaveLength(1);
    unmount();
    const all = renderAt(<ComparePage />, '/compare', '/compare?base=a&target=b&topic=all');
    await screen.findByRole('heading', { level: 2, name: 'Drugs' });
    expect(all.container.querySelectorAll('article.topic-detail')).toHaveLength(2);
  });
});
