import { useState } from 'react';
import { buildCompareUrl, requestApi } from '../../lib/api-client';

/** Downloads the comparison as the API's Markdown report (with the marking in it). */
export function ExportButton(query: { base: string; target: string; topic: string; actor: string }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const url = buildCompareUrl(
        {
          base: query.base,
          target: query.target,
          topic: query.topic && query.topic !== 'all' ? query.topic : undefined,
          actor: query.actor || undefined,
        },
        'md',
      );
      const text = await requestApi<string>(url, { as: 'text' });
      const blob = new Blob([text], { type: 'text/markdown;charset=utf-8' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `compare-${query.base}-vs-${query.target}${query.topic ? `-${query.topic}` : ''}.md`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={download} disabled={state === 'busy'}>
        {state === 'busy' ? 'Exporting…' : 'Export Markdown'}
      </button>
      {state === 'failed' && (
        <span role="alert" className="error-text">
          Export failed.
        </span>
      )}
    </>
  );
}
