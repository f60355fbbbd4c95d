import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { PipelineDocument } from '../../shared/model/document';
import { Modal } from '../dialogs/Modal';
import { analysisOf } from '../store/analysis';
import { useDialogStore } from '../store/dialogStore';
import { useDocumentStore } from '../store/documentStore';
import { copySheetImage, exportWithChoices, loadExportChoices, saveExportChoices } from './exportActions';
import { appliesTo, FORMATS, formatInfo, type ExportChoices } from './exportChoices';
import { buildPreview, type ExportPreview } from './sheetPreview';
import './export.css';

/** A shown preview: for the sheet, a blob: URL of the SVG (the CSP allows blob: images). */
type Shown = { preview: ExportPreview; url: string | null };

/** Rebuilds the preview shortly after the design or the choices change; the latest one wins. */
function usePreview(design: PipelineDocument, choices: ExportChoices | null): { shown: Shown | null; error: string | null; busy: boolean } {
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(true);
  // The blob: URL on screen, revoked when a newer preview replaces it and when the dialog closes.
  const shownUrl = useRef<string | null>(null);

  useEffect(() => {
    if (!choices) return;
    let cancelled = false;
    setBusy(true);
    const timer = window.setTimeout(() => {
      buildPreview(design, analysisOf(design), choices).then(
        (preview) => {
          if (cancelled) return;
          const url = preview.kind === 'sheet' ? URL.createObjectURL(new Blob([preview.drawable], { type: 'image/svg+xml' })) : null;
          if (shownUrl.current) URL.revokeObjectURL(shownUrl.current);
          shownUrl.current = url;
          setShown({ preview, url });
          setError(null);
          setBusy(false);
        },
        (reason: unknown) => {
          if (cancelled) return;
          setError(reason instanceof Error ? reason.message : String(reason));
          setBusy(false);
        },
      );
    }, 60);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [design, choices]);

  useEffect(
    () => () => {
      if (shownUrl.current) URL.revokeObjectURL(shownUrl.current);
      shownUrl.current = null;
    },
    [],
  );

  return { shown, error, busy };
}

interface ChoiceProps<T extends string | number> {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
  disabled?: boolean;
  note?: string;
}

/** A row of radio buttons drawn as a segmented control (arrow keys move between them). */
function Segmented<T extends string | number>({ legend, name, value, options, onChange, disabled, note }: ChoiceProps<T>) {
  const noteId = useId();
  return (
    <fieldset className="export-options__group" disabled={disabled} aria-describedby={note ? noteId : undefined}>
      <legend className="export-options__legend">{legend}</legend>
      <div className="segmented">
        {options.map((option) => (
          <label key={String(option.value)} className="segmented__option">
            <input type="radio" name={name} value={String(option.value)} checked={option.value === value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {note && (
        <p id={noteId} className="export-options__note">
          {note}
        </p>
      )}
    </fieldset>
  );
}

function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <label className="export-options__check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

function previewCaption(preview: ExportPreview, choices: ExportChoices): string {
  if (preview.kind === 'text') return `${formatInfo(choices.format).label}: the file's text`;
  const size = `${preview.width.toLocaleString('en-US')} × ${preview.height.toLocaleString('en-US')}`;
  switch (choices.format) {
    case 'png':
      return `${(preview.width * choices.scale).toLocaleString('en-US')} × ${(preview.height * choices.scale).toLocaleString('en-US')} pixels (${choices.scale}x); the design is inside`;
    case 'pdf':
      return `The sheet on ${choices.paper === 'a4' ? 'A4' : 'Letter'} landscape pages, vector, with selectable text`;
    default:
      return `${size} vector image; the design is inside`;
  }
}

function PreviewPane({ shown, error, busy, choices, title }: { shown: Shown | null; error: string | null; busy: boolean; choices: ExportChoices; title: string }) {
  const [actualSize, setActualSize] = useState(false);
  const sheet = shown?.preview.kind === 'sheet';
  let body: ReactNode;
  if (error) {
    body = (
      <p className="export-preview__message" role="alert">
        The preview could not be made: {error}
      </p>
    );
  } else if (!shown) {
    body = <p className="export-preview__message">Drawing the preview…</p>;
  } else if (shown.preview.kind === 'sheet' && shown.url) {
    body = (
      <div className="export-preview__sheet">
        <img
          src={shown.url}
          alt={`Preview of the study sheet for “${title}”: total ${shown.preview.total} a month`}
          width={shown.preview.width}
          height={shown.preview.height}
          data-testid="export-preview-image"
        />
      </div>
    );
  } else if (shown.preview.kind === 'text') {
    body = (
      <pre className="export-preview__text" tabIndex={0} aria-label={`Preview of the ${formatInfo(choices.format).label}`} data-testid="export-preview-text">
        {shown.preview.text}
      </pre>
    );
  }
  return (
    <section className="export-preview" aria-label="Preview" aria-busy={busy}>
      <div
        className={`export-preview__frame export-preview__frame--${shown?.preview.kind ?? 'empty'}${sheet && actualSize ? ' is-actual' : ''}`}
        tabIndex={sheet && actualSize ? 0 : undefined}
        aria-label={sheet && actualSize ? 'The sheet at actual size (scrolls)' : undefined}
        role={sheet && actualSize ? 'region' : undefined}
      >
        {body}
      </div>
      <div className="export-preview__caption">
        <span>{shown && !error ? previewCaption(shown.preview, choices) : '\u00a0'}</span>
        {shown && !error && (
          <span className="export-preview__caption-end">
            {sheet && (
              <button type="button" className="button button--small" aria-pressed={actualSize} onClick={() => setActualSize(!actualSize)}>
                Actual size
              </button>
            )}
            <span className="export-preview__total" data-testid="export-preview-total">
              Total {shown.preview.total} / month
            </span>
          </span>
        )}
      </div>
    </section>
  );
}

/** File → Export…: format and options on the left, a live preview on the right. */
export default function ExportDialog() {
  const design = useDocumentStore((s) => s.doc);
  const [choices, setChoices] = useState<ExportChoices | null>(null);
  const [copying, setCopying] = useState(false);
  const [copied, setCopied] = useState<{ ok: boolean; message: string } | null>(null);
  const { shown, error, busy } = usePreview(design, choices);
  const close = () => useDialogStore.getState().close();

  useEffect(() => {
    let live = true;
    void loadExportChoices().then((loaded) => live && setChoices(loaded));
    return () => {
      live = false;
    };
  }, []);

  const update = (patch: Partial<ExportChoices>) => {
    if (!choices) return;
    const next = { ...choices, ...patch };
    setChoices(next);
    setCopied(null);
    void saveExportChoices(next);
  };

  // The dialog opens once the last choices are known, so focus lands on the chosen format.
  if (!choices) return null;
  const applies = appliesTo(choices.format);
  const title = design.title.trim() || 'Untitled pipeline';

  return (
    <Modal title="Export" onClose={close} className="modal--export" testId="export-dialog">
      <div className="export-dialog">
        <form className="export-options" aria-label="Export options" onSubmit={(event) => event.preventDefault()}>
          <fieldset className="export-options__group">
            <legend className="export-options__legend">Format</legend>
            <div className="export-formats">
              {FORMATS.map((entry) => (
                <label key={entry.format} className="export-formats__option">
                  <input
                    type="radio"
                    name="export-format"
                    value={entry.format}
                    checked={choices.format === entry.format}
                    onChange={() => update({ format: entry.format })}
                    data-autofocus={choices.format === entry.format ? true : undefined}
                  />
                  <span className="export-formats__text">
                    <span className="export-formats__label">{entry.label}</span>
                    <span className="export-formats__hint">{entry.hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <Segmented
            legend="Theme"
            name="export-theme"
            value={choices.theme}
            options={[
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
            onChange={(theme) => update({ theme })}
            disabled={!applies.theme}
          />
          <Segmented
            legend="PNG scale"
            name="export-scale"
            value={choices.scale}
            options={[
              { value: 1, label: '1x' },
              { value: 2, label: '2x' },
              { value: 3, label: '3x' },
            ]}
            onChange={(scale) => update({ scale })}
            disabled={!applies.scale}
            note="Also the size Copy image uses."
          />
          <Segmented
            legend="PDF paper"
            name="export-paper"
            value={choices.paper}
            options={[
              { value: 'a4', label: 'A4' },
              { value: 'letter', label: 'Letter' },
            ]}
            onChange={(paper) => update({ paper })}
            disabled={!applies.paper}
          />
          <fieldset className="export-options__group" disabled={!applies.include}>
            <legend className="export-options__legend">Include</legend>
            <Check label="Cost sheet" checked={choices.include.cost} onChange={(cost) => update({ include: { ...choices.include, cost } })} />
            <Check label="Issues, each with its why" checked={choices.include.issues} onChange={(issues) => update({ include: { ...choices.include, issues } })} />
            <Check label="Needs and notes" checked={choices.include.notes} onChange={(notes) => update({ include: { ...choices.include, notes } })} />
            <p className="export-options__note">
            {applies.include ? 'For the sheet, the PDF and the note.' : `${formatInfo(choices.format).label} files are always complete.`}
          </p>
          </fieldset>
        </form>
        <PreviewPane shown={shown} error={error} busy={busy} choices={choices} title={title} />
      </div>
      <div className="modal__actions export-actions">
        <p className={`export-actions__status${copied && !copied.ok ? ' is-error' : ''}`} role="status" data-testid="export-status">
          {copied?.message}
        </p>
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="button"
          disabled={copying}
          title="Put the study sheet on the clipboard as a PNG image"
          onClick={() => {
            setCopying(true);
            setCopied(null);
            void copySheetImage(choices).then((result) => {
              setCopied(result);
              setCopying(false);
            });
          }}
        >
          {copying ? 'Copying…' : 'Copy image'}
        </button>
        <button type="button" className="button button--primary" onClick={() => void exportWithChoices(choices)}>
          Export…
        </button>
      </div>
    </Modal>
  );
}
