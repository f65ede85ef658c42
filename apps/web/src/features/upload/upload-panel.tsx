import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { uploadDocument } from '../../lib/api-client';
import type { IngestResult } from '../../lib/api-types';
import { useMarking } from '../../lib/marking';
import { ErrorView } from '../../lib/status-views';
import { checkUploadFile } from './check-upload-file';
import { ParsePreview } from './parse-preview';

/**
 * Upload a record: drop or choose a .txt/.pdf, see a dry-run parse with its warnings, then save.
 * Nothing is stored until the official presses "Save".
 */
export default function UploadPanel() {
  const queryClient = useQueryClient();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [rejection, setRejection] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const preview = useMutation({ mutationFn: (f: File) => uploadDocument(f, { dryRun: true }) });
  const save = useMutation({
    mutationFn: (f: File) => uploadDocument(f, { dryRun: false }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['documents'] }),
  });
  useMarking(preview.data ? [preview.data.document.meta.classification] : []);

  const choose = (chosen: File | undefined) => {
    if (!chosen) return;
    const problem = checkUploadFile(chosen);
    save.reset();
    if (problem) {
      setFile(null);
      preview.reset();
      setRejection(problem);
      return;
    }
    setRejection(null);
    setFile(chosen);
    preview.mutate(chosen);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const reset = () => {
    setFile(null);
    setRejection(null);
    preview.reset();
    save.reset();
    if (inputRef.current) inputRef.current.value = '';
  };

  return (
    <div className="panel upload">
      <h2>Add a record</h2>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the "Choose a file" control is the keyboard path. */}
      <div
        className={`dropzone${dragging ? ' dropzone--active' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <p>
          <span aria-hidden="true">⬆ </span>Drop an outcome record here (.txt or .pdf, up to 20 MB)
        </p>
        <label htmlFor={inputId} className="button">
          Choose a file…
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="visually-hidden-input"
          type="file"
          accept=".txt,.pdf,text/plain,application/pdf"
          onChange={(e) => choose(e.target.files?.[0])}
        />
        <p className="muted small">You see the parse before anything is saved.</p>
      </div>

      {rejection && (
        <p className="state state--error" role="alert">
          {rejection}
        </p>
      )}
      {preview.isPending && (
        <p className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" /> Reading {file?.name}…
        </p>
      )}
      {preview.isError && (
        <ErrorView error={preview.error} onRetry={file ? () => preview.mutate(file) : undefined} />
      )}
      {preview.data && file && (
        <PreviewAndSave
          fileName={file.name}
          preview={preview.data}
          saved={save.data ?? null}
          saving={save.isPending}
          saveError={save.error}
          onSave={() => save.mutate(file)}
          onCancel={reset}
        />
      )}
    </div>
  );
}

function PreviewAndSave(props: {
  fileName: string;
  preview: IngestResult;
  saved: IngestResult | null;
  saving: boolean;
  saveError: unknown;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { preview, saved } = props;
  return (
    <section className="preview" aria-label={`Preview of ${props.fileName}`} data-testid="upload-preview">
      <h3>
        Preview <span className="muted">({props.fileName})</span>
      </h3>
      <ParsePreview document={preview.document} />
      {saved ? (
        <p className="state state--ok" role="status">
          {saved.status === 'unchanged' ? 'This record was already in the library.' : 'Saved to the library.'}{' '}
          <Link to={`/meetings/${encodeURIComponent(saved.document.id)}`}>Open the meeting</Link>
        </p>
      ) : (
        <div className="actions">
          <button
            type="button"
            className="button button--primary"
            onClick={props.onSave}
            disabled={props.saving}
          >
            {props.saving ? 'Saving…' : 'Save to library'}
          </button>
          <button type="button" className="button" onClick={props.onCancel}>
            Discard
          </button>
        </div>
      )}
      {props.saveError ? <ErrorView error={props.saveError} /> : null}
    </section>
  );
}
