import { render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { collectMarkings, MarkingProvider, useCurrentMarkings, useMarking } from './marking';

function Shows({ marking }: { marking: string | null }) {
  useMarking([marking]);
  return null;
}

function Banner() {
  return <output data-testid="banner">{useCurrentMarkings().join(',')}</output>;
}

describe('marking banner state', () => {
  it('keeps a restricted marking while another component reports none', async () => {
    render(
      <MarkingProvider>
        <Shows marking="LIMITE" />
        <Shows marking={null} />
        <Banner />
      </MarkingProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('banner').textContent).toBe('LIMITE'));
  });

  it('drops the marking when the component showing the document goes away', async () => {
    let hide: () => void = () => {};
    function Toggle() {
      const [shown, setShown] = useState(true);
      hide = () => setShown(false);
      return shown ? <Shows marking="limite" /> : null;
    }
    render(
      <MarkingProvider>
        <Toggle />
        <Banner />
      </MarkingProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('banner').textContent).toBe('LIMITE'));
    hide();
    await waitFor(() => expect(screen.getByTestId('banner').textContent).toBe(''));
  });

  it('collects distinct markings, ignoring empty ones', () => {
    expect(collectMarkings(['LIMITE', null, ' limite ', '', 'RESTREINT UE'])).toEqual([
      'LIMITE',
      'RESTREINT UE',
    ]);
  });

  it('does not re-render a component reporting markings when the set of markings changes', async () => {
    let renders = 0;
    function Reporter() {
      renders++;
      useMarking(['LIMITE']);
      return null;
    }
    render(
      <MarkingProvider>
        <Reporter />
        <Shows marking="RESTREINT UE" />
        <Banner />
      </MarkingProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('banner').textContent).toBe('LIMITE,RESTREINT UE'));
    expect(renders).toBe(1);
  });
});
