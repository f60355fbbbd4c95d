import { useEffect, useId, useState } from 'react';
import type { DirectoryEntry, DirectoryListing } from '../../shared/ipc/contract';
import { getBridge } from '../bridge/index';
import { isAbsolutePath, joinPath, withSuffix } from '../commands/paths';
import type { Dialog } from '../store/dialogStore';
import { Modal } from './Modal';

type Props = { dialog: Extract<Dialog, { kind: 'file' }> };

const DESIGN_SUFFIXES: readonly string[] = ['.json'];

function visible(entry: DirectoryEntry, suffixes: readonly string[]): boolean {
  const name = entry.name.toLowerCase();
  return entry.kind === 'directory' || suffixes.some((suffix) => name.endsWith(suffix.toLowerCase()));
}

/** ".json" → ".json files"; several → ".json, .svg or .png files". */
function suffixList(suffixes: readonly string[]): string {
  if (suffixes.length <= 1) return `${suffixes[0] ?? ''} files`;
  return `${suffixes.slice(0, -1).join(', ')} or ${suffixes[suffixes.length - 1]} files`;
}

/** The in-app file picker for browser mode: browse folders through the bridge, type a name or a path. */
export function FileDialog({ dialog }: Props) {
  const saving = dialog.mode === 'save';
  const suffixes = dialog.showSuffixes ?? DESIGN_SUFFIXES;
  const [folderText, setFolderText] = useState(dialog.startPath);
  const [listing, setListing] = useState<DirectoryListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [name, setName] = useState(dialog.suggestedName);
  const nameId = useId();
  const folderId = useId();
  const errorId = useId();

  const browse = (path: string) => {
    setError(null);
    getBridge()
      .listDirectory(path)
      .then((result) => {
        setListing(result);
        setFolderText(result.path);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };

  useEffect(() => browse(dialog.startPath), [dialog.startPath]);

  const confirm = (chosen = name) => {
    const text = chosen.trim();
    if (!text) {
      setError(saving ? 'Type a file name.' : 'Choose a file or type its path.');
      return;
    }
    const folder = listing?.path ?? folderText;
    const full = isAbsolutePath(text) ? text : joinPath(folder, text);
    dialog.resolve(saving ? withSuffix(full, dialog.suffix) : full);
  };

  const entries = (listing?.entries ?? []).filter((entry) => visible(entry, suffixes)).sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'directory' ? -1 : 1));

  return (
    <Modal title={dialog.title ?? (saving ? 'Save design as' : 'Open design')} onClose={() => dialog.resolve(null)} wide testId="file-dialog">
      <div className="file-dialog">
        <div className="file-dialog__folder">
          <button type="button" className="button" onClick={() => listing?.parent && browse(listing.parent)} disabled={!listing?.parent} aria-label="Up one folder">
            ↑ Up
          </button>
          <label htmlFor={folderId} className="visually-hidden">
            Folder
          </label>
          <input
            id={folderId}
            type="text"
            value={folderText}
            onChange={(e) => setFolderText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                browse(folderText);
              }
            }}
            spellCheck={false}
          />
          <button type="button" className="button" onClick={() => browse(folderText)}>
            Go
          </button>
        </div>
        <ul className="file-dialog__list" aria-label={`Contents of ${listing?.path ?? folderText}`}>
          {listing && entries.length === 0 && <li className="muted file-dialog__empty">No folders or {suffixList(suffixes)} here.</li>}
          {entries.map((entry) => (
            <li key={entry.path}>
              <button
                type="button"
                className={`file-dialog__entry file-dialog__entry--${entry.kind}${entry.kind === 'file' && entry.name === name ? ' is-chosen' : ''}`}
                aria-label={entry.kind === 'directory' ? `Folder ${entry.name}` : `File ${entry.name}`}
                onClick={() => {
                  if (entry.kind === 'directory') browse(entry.path);
                  // A second click (or Enter) on the chosen file confirms it.
                  else if (entry.name === name) confirm(entry.name);
                  else setName(entry.name);
                }}
              >
                <span aria-hidden="true" className="file-dialog__glyph">
                  {entry.kind === 'directory' ? '▸' : '◇'}
                </span>
                {entry.name}
              </button>
            </li>
          ))}
        </ul>
        <div className="field">
          <label htmlFor={nameId} className="field__label">
            {saving ? 'File name' : 'File name or full path'}
          </label>
          <input
            id={nameId}
            type="text"
            value={name}
            data-autofocus
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                confirm();
              }
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            spellCheck={false}
          />
        </div>
        {error && (
          <p id={errorId} className="field__error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="modal__actions">
        <button type="button" className="button" onClick={() => dialog.resolve(null)}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={() => confirm()}>
          {saving ? 'Save' : 'Open'}
        </button>
      </div>
    </Modal>
  );
}
