import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAt, stubFetch } from '../../test-support/render-app';
import TimelinePage from './timeline-page';

const statement = (id: string, stance: string, text: string) => ({
  id,
  stance,
  verb: 'note',
  span: { start: 0, end: text.length, text },
});
const point = (documentId: string, city: string, startDate: string, actors: unknown[]) => ({
  meeting: { kind: 'senior-officials', title: `SOM ${city}`, city, startDate, endDate: startDate },
  documentId,
  classification: 'LIMITE',
  present: actors.length > 0,
  sectionIds: [],
  subtopicIds: [],
  titles: [],
  method: 'topic-id',
  score: 1,
  actors,
  changes: { since: null, actors: [], summary: [] },
});

const timeline = {
  schemaVersion: '1.0.0',
  topic: { id: 'visa-reciprocity', label: 'Visa reciprocity' },
  actor: null,
  markings: ['LIMITE'],
  points: [
    point('a', 'Stockholm', '2023-03-16', [
      {
        actor: { id: 'eu', side: 'eu' },
        stances: ['request'],
        statementIds: ['s1'],
        statements: [statement('s1', 'request', 'The EU called for <b>reciprocity</b>.')],
      },
    ]),
    point('b', 'Washington', '2023-11-20', []),
  ],
};

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(stubFetch([['/api/topics/visa-reciprocity/timeline', timeline]])));
});

describe('TimelinePage', () => {
  it('draws the actor × meeting grid and marks a meeting without the topic', async () => {
    const { container } = renderAt(<TimelinePage />, '/topics/:id', '/topics/visa-reciprocity');
    expect(await screen.findByRole('heading', { level: 1, name: 'Visa reciprocity' })).toBeTruthy();
    expect(screen.getByText('not on the agenda')).toBeTruthy();
    expect(container.querySelector('svg[role="img"]')).not.toBeNull();
  });

  it('opens the statements of a cell, as text, and keeps the cell in the URL', async () => {
    const { router, container } = renderAt(<TimelinePage />, '/topics/:id', '/topics/visa-reciprocity');
    fireEvent.click(await screen.findByRole('button', { name: /eu at Stockholm/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?cell=a.eu'));
    const panel = await screen.findByTestId('cell-statements');
    expect(panel.textContent).toContain('The EU called for <b>reciprocity</b>.');
    expect(container.querySelector('b')).toBeNull();
    expect(panel.querySelector('a')?.getAttribute('href')).toBe('/meetings/a?statement=s1');
  });
});
