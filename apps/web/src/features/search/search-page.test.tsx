import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAt, stubFetch } from '../../test-support/render-app';
import SearchPage from './search-page';

const hit = {
  documentId: 'som-2023-03-16-stockholm',
  statementId: 's12',
  span: { start: 10, end: 60 },
  meeting: { title: 'EU-US SOM', city: 'Stockholm', startDate: '2023-03-16', kind: 'senior-officials' },
  classification: 'LIMITE',
  actor: { id: 'us', side: 'us' },
  stance: 'concern',
  topicId: 'drugs',
  text: 'The US delegation warned of fentanyl.',
  snippet: [
    { text: 'The US delegation warned of ', match: false },
    { text: 'fentanyl', match: true },
    { text: '.', match: false },
  ],
};

beforeEach(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(
      stubFetch([
        ['/api/topics', { items: [{ id: 'drugs', label: 'Drugs', meetings: 2 }] }],
        ['/api/search', { items: [hit], total: 1 }],
      ]),
    ),
  );
});

describe('SearchPage', () => {
  it('asks for words before searching', async () => {
    renderAt(<SearchPage />, '/search', '/search');
    expect(await screen.findByText(/Type words or choose a filter/)).toBeTruthy();
    expect(vi.mocked(fetch).mock.calls.map((c) => String(c[0]))).not.toContain('/api/search');
  });

  it('puts the search in the URL and links each hit to its sentence', async () => {
    const { router } = renderAt(<SearchPage />, '/search', '/search');
    fireEvent.change(screen.getByLabelText('Words'), { target: { value: 'fentanyl' } });
    fireEvent.change(screen.getByLabelText('Stance'), { target: { value: 'concern' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=fentanyl&stance=concern'));
    const link = await screen.findByRole('link', { name: /fentanyl/ });
    expect(link.getAttribute('href')).toBe('/meetings/som-2023-03-16-stockholm?statement=s12');
    expect(link.querySelector('mark')?.textContent).toBe('fentanyl');
    const called = vi.mocked(fetch).mock.calls.map((c) => String(c[0]));
    expect(called).toContain('/api/search?q=fentanyl&stance=concern&limit=20&offset=0');
  });
});
