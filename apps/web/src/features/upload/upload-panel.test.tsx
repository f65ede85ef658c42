import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDocument } from '../../test-support/make-document';
import { renderAt } from '../../test-support/render-app';
import UploadPanel from './upload-panel';

const calls: string[] = [];

beforeEach(() => {
  calls.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      calls.push(`${init?.method ?? 'GET'} ${url}`);
      const status = url.includes('dryRun') ? 'preview' : 'ingested';
      return new Response(JSON.stringify({ status, document: makeDocument() }), {
        status: status === 'ingested' ? 201 : 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});

function choose(file: File) {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('UploadPanel', () => {
  it('previews the parse with a dry run and saves only when asked', async () => {
    renderAt(<UploadPanel />, '/', '/');
    choose(new File(['Outcome of proceedings'], 'record.txt', { type: 'text/plain' }));
    const preview = await screen.findByTestId('upload-preview');
    expect(calls).toEqual(['POST /api/documents?dryRun=true']);
    expect(preview.textContent).toContain('Visa reciprocity');
    expect(preview.textContent).toContain('2 statements');
    expect(preview.querySelector('script')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save to library' }));
    await screen.findByText('Saved to the library.');
    expect(calls).toEqual(['POST /api/documents?dryRun=true', 'POST /api/documents']);
    expect(screen.getByRole('link', { name: 'Open the meeting' }).getAttribute('href')).toBe(
      '/meetings/som-2023-03-16-stockholm',
    );
  });

  it('refuses a file that is neither .txt nor .pdf without calling the API', async () => {
    renderAt(<UploadPanel />, '/', '/');
    choose(new File(['x'], 'notes.docx'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not a \.txt or \.pdf/);
    expect(calls).toEqual([]);
  });

  it('previews a dropped file', async () => {
    renderAt(<UploadPanel />, '/', '/');
    fireEvent.drop(screen.getByTestId('dropzone'), {
      dataTransfer: { files: [new File(['x'], 'record.pdf')] },
    });
    await screen.findByTestId('upload-preview');
    await waitFor(() => expect(calls).toEqual(['POST /api/documents?dryRun=true']));
  });
});
