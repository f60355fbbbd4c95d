import { emptyDocument, type PipelineDocument } from '../../shared/model/document';
import type { PlatformInfo } from '../../shared/ipc/contract';
import { getBridge } from '../bridge/index';
import { chooseDialog, confirmDialog, pickPathInApp, showMessage, useDialogStore } from '../store/dialogStore';
import { rememberFolder, rememberedFolder } from '../store/viewPreferences';
import { isDirty, useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { showView, useViewStore } from '../store/viewStore';
import { recoveryQuery, SESSION_ID } from '../chrome/documentSession';
import { DESIGN_IMAGE_MAX_BYTES } from '../../shared/export/designFileKind';
import { basename, DESIGN_IMAGE_SUFFIXES, displayNameOf, imageStem, isAbsolutePath, suggestedFileName } from './paths';

const DEFAULT_TITLE = emptyDocument().title;

/** New, Open, Save, Save As, Recent and Recover: every file action goes through the bridge. */

let infoPromise: Promise<PlatformInfo> | null = null;

export function platformInfo(): Promise<PlatformInfo> {
  infoPromise ??= getBridge()
    .info()
    .catch((error: unknown) => {
      infoPromise = null;
      throw error;
    });
  return infoPromise;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Asks before throwing away unsaved changes: Save (then go on once saved), Discard changes, or Keep
 * editing. True when it is fine to go on.
 */
export async function confirmDiscard(action: string): Promise<boolean> {
  if (!isDirty(useDocumentStore.getState())) return true;
  const answer = await chooseDialog({
    title: 'Discard unsaved changes?',
    message: `The current design has changes that are not saved. Save them first, or ${action.charAt(0).toLowerCase()}${action.slice(1)} anyway and lose them?`,
    alternateLabel: 'Save',
    confirmLabel: 'Discard changes',
    cancelLabel: 'Keep editing',
    danger: true,
  });
  if (answer === 'alternate') return saveDocument();
  return answer === 'confirm';
}

export async function newDocument(): Promise<void> {
  if (!(await confirmDiscard('Start a new design'))) return;
  useDocumentStore.getState().loadDocument(emptyDocument());
}

export async function newFromExample(design: PipelineDocument): Promise<void> {
  if (!(await confirmDiscard('Open the example'))) return;
  // A fresh copy, so the example data is never shared with the editor's history.
  useDocumentStore.getState().loadDocument(structuredClone(design));
}

/** The folder part of a full path ("" when it has none). */
function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : '';
}

/** Where pickers start: the open design's folder, else the last folder a picker chose in, else the workspace. */
export async function startFolder(): Promise<string> {
  const path = useDocumentStore.getState().filePath;
  const own = path ? folderOf(path) : '';
  return own || rememberedFolder() || (await platformInfo()).documentsFolder;
}

/** Remembers the folder of a path a picker chose, for the next picker. */
export function rememberPickedPath(path: string | null): string | null {
  if (path) {
    const folder = folderOf(path);
    if (folder) rememberFolder(folder);
  }
  return path;
}

/** What the open pickers list: designs, and the images Pipeboard exports with the design inside. */
const OPENABLE_SUFFIXES: readonly string[] = ['.json', ...DESIGN_IMAGE_SUFFIXES];

/** A design file to open: the native dialog, or in browser mode the in-app picker (titled `title`). */
export async function chooseOpenPath(title?: string): Promise<string | null> {
  const bridge = getBridge();
  const picked = await bridge.pickOpenPath();
  if (picked) return rememberPickedPath(picked);
  if (picked == null && (await platformInfo()).kind === 'browser') {
    return rememberPickedPath(await pickPathInApp('open', await startFolder(), '', { ...(title ? { title } : {}), showSuffixes: OPENABLE_SUFFIXES }));
  }
  return null;
}

async function chooseSavePath(suggested: string): Promise<string | null> {
  const bridge = getBridge();
  const picked = await bridge.pickSavePath(suggested);
  if (picked) return rememberPickedPath(picked);
  if (picked == null && (await platformInfo()).kind === 'browser') return rememberPickedPath(await pickPathInApp('save', await startFolder(), suggested));
  return null;
}

export async function openDocument(): Promise<void> {
  try {
    if (!(await confirmDiscard('Open another design'))) return;
    const path = await chooseOpenPath();
    if (path) await openPath(path, false);
  } catch (error) {
    showMessage('Could not open the file', errorText(error));
  }
}

/** Opens a file; a malformed one shows the loader's problems and leaves the open design alone. */
export async function openPath(path: string, askFirst = true): Promise<boolean> {
  try {
    if (askFirst && !(await confirmDiscard('Open another design'))) return false;
    const result = await getBridge().openDocument(path);
    if (!result.ok) {
      useDialogStore.getState().open({ kind: 'loadError', title: result.message, path: result.path, problems: result.problems });
      return false;
    }
    if (result.kind === 'svg' || result.kind === 'png') {
      // The design inside an exported image: unsaved, so Save asks where to keep it as a design file
      // instead of writing JSON over the image.
      useDocumentStore.getState().loadDocument(result.document, { displayName: imageStem(result.path) });
      toast(`Opened the design inside ${basename(result.path)}. Save As to keep it as a design file.`);
      return true;
    }
    useDocumentStore.getState().loadDocument(result.document, { path: result.path, mtimeMs: result.mtimeMs });
    return true;
  } catch (error) {
    showMessage('Could not open the file', errorText(error));
    return false;
  }
}

/**
 * Reads a file dropped on the window (no path: it becomes an unsaved design named after the file): a
 * design file, or an SVG/PNG exported by Pipeboard, whose design inside is read here in the page.
 */
export async function openDroppedFile(file: File): Promise<void> {
  if (!(await confirmDiscard('Open the dropped file'))) return;
  // The readers (the loader, its schema library, the image readers) are only needed here: loaded on first use.
  const { readDesignFile } = await import('../../shared/export/designFile');
  if (file.size > DESIGN_IMAGE_MAX_BYTES) {
    showMessage('Could not open the dropped file', `${file.name} is ${(file.size / (1024 * 1024)).toFixed(1)} MB; Pipeboard opens files up to ${DESIGN_IMAGE_MAX_BYTES / (1024 * 1024)} MB.`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    showMessage('Could not read the dropped file', errorText(error));
    return;
  }
  // The same reader as File → Open and the CLI, without zlib (a compressed PNG text chunk is refused).
  const result = readDesignFile(bytes, file.name);
  if (!result.ok) {
    useDialogStore.getState().open({ kind: 'loadError', title: result.message, path: file.name, problems: result.problems });
    return;
  }
  const image = result.kind !== 'json';
  useDocumentStore.getState().loadDocument(result.document, { displayName: image ? imageStem(file.name) : file.name.replace(/\.pipeboard\.json$|\.json$/, '') });
  toast(image ? `Opened the design inside ${file.name}. Save As to keep it as a design file.` : `Opened ${file.name}. Save As to keep it in a file.`);
}

async function saveTo(path: string, force: boolean): Promise<boolean> {
  const state = useDocumentStore.getState();
  const design = state.doc;
  const samePath = state.filePath === path;
  const result = await getBridge().saveDocument({
    path,
    document: design,
    expectedMtimeMs: samePath ? (state.mtimeMs ?? undefined) : undefined,
    force,
  });
  if (result.ok) {
    useDocumentStore.getState().markSaved(result.path, result.mtimeMs, design);
    toast(`Saved ${result.path}.`, 'success');
    // Only this window's copy: other windows' unsaved work keeps its own.
    void getBridge()
      .discardRecovery(SESSION_ID)
      .catch((error: unknown) => toast(`Could not remove the autosave copy: ${errorText(error)}`, 'error'));
    return true;
  }
  if (result.reason === 'conflict' && !force) {
    const overwrite = await confirmDialog({
      title: 'The file changed on disk',
      message: `${result.message} Overwrite it with this design?`,
      confirmLabel: 'Overwrite',
      cancelLabel: 'Cancel',
      danger: true,
    });
    return overwrite ? saveTo(path, true) : false;
  }
  showMessage('Could not save the design', result.message);
  return false;
}

export async function saveDocument(): Promise<boolean> {
  const path = useDocumentStore.getState().filePath;
  if (!path) return saveDocumentAs();
  try {
    return await saveTo(path, false);
  } catch (error) {
    showMessage('Could not save the design', errorText(error));
    return false;
  }
}

/**
 * A design still called "Untitled pipeline" takes its new file's name as its title, so the sheet's
 * heading, the export's file name and the window all say "q1-mine" after "Save as q1-mine".
 */
function adoptFileNameAsTitle(path: string): void {
  const { doc, commit } = useDocumentStore.getState();
  const title = doc.title.trim();
  if (title !== '' && title !== DEFAULT_TITLE) return;
  commit([{ op: 'setMeta', change: { title: displayNameOf(path) } }]);
}

export async function saveDocumentAs(): Promise<boolean> {
  try {
    const { doc, filePath } = useDocumentStore.getState();
    const suggested = suggestedFileName(doc.title);
    const path = await chooseSavePath(suggested);
    if (!path) return false;
    if (!isAbsolutePath(path)) {
      showMessage('Could not save the design', `“${path}” is not a full path.`);
      return false;
    }
    if (path !== filePath) {
      const exists = await getBridge().fileModifiedAt(path).catch(() => null);
      if (exists !== null) {
        const ok = await confirmDialog({
          title: 'Replace the existing file?',
          message: `${path} already exists. Replace it with this design?`,
          confirmLabel: 'Replace',
          danger: true,
        });
        if (!ok) return false;
        adoptFileNameAsTitle(path);
        return await saveTo(path, true);
      }
    }
    adoptFileNameAsTitle(path);
    return await saveTo(path, false);
  } catch (error) {
    showMessage('Could not save the design', errorText(error));
    return false;
  }
}

/** A window closed or crashed moments ago is still within its heartbeat; look again once that has lapsed. */
const RECHECK_AFTER_MS = 35_000;

/** On start: offer autosaved work from a session that ended, else reopen the last design (a setting). */
export async function checkRecovery(): Promise<void> {
  try {
    const recovery = await getBridge().pendingRecovery(recoveryQuery());
    if (recovery) {
      useDialogStore.getState().setRecovery(recovery);
      if (useViewStore.getState().view === 'start') showView('editor');
      return;
    }
    window.setTimeout(() => void offerLateRecovery(), RECHECK_AFTER_MS);
    await reopenLastDesign();
  } catch {
    // No host or no recovery: nothing to offer.
  }
}

async function offerLateRecovery(): Promise<void> {
  if (useDialogStore.getState().recovery) return;
  const recovery = await getBridge()
    .pendingRecovery(recoveryQuery())
    .catch(() => null);
  if (recovery && !useDialogStore.getState().recovery) useDialogStore.getState().setRecovery(recovery);
}

async function reopenLastDesign(): Promise<void> {
  const bridge = getBridge();
  const [settings, recent] = await Promise.all([bridge.getSettings(), bridge.recentFiles()]);
  const last = recent[0];
  // Only onto an untouched start: never replace something the user began in the meantime.
  if (!settings.reopenLastDocument || !last?.exists || isDirty(useDocumentStore.getState())) return;
  await openPath(last.path, false);
}

/**
 * Loads the recovered work as unsaved changes to the file it came from, with the file's time as that
 * session last saw it: saving over a file changed since then asks first. (A copy from an older version
 * has no time: the time 0 matches no real file, so Save asks whenever the file is there.)
 */
export async function recoverWork(): Promise<void> {
  const recovery = useDialogStore.getState().recovery;
  if (!recovery) return;
  const path = recovery.path ?? null;
  const mtimeMs = path === null ? null : (recovery.mtimeMs ?? 0);
  useDocumentStore.getState().loadDocument(recovery.document, { path, mtimeMs, dirty: true });
  useDialogStore.getState().setRecovery(null);
  toast('Recovered your unsaved work. Save it to keep it.', 'success');
  try {
    // The work is this window's now: keep a copy under this session before dropping the old one.
    const session = mtimeMs === null ? { id: SESSION_ID } : { id: SESSION_ID, mtimeMs };
    await getBridge().autosave(recovery.document, path ?? undefined, session);
    await getBridge().discardRecovery(recovery.slot);
  } catch (error) {
    toast(`Autosave failed: ${errorText(error)} Save your work to keep it.`, 'error');
  }
}

export async function discardRecoveredWork(): Promise<void> {
  const recovery = useDialogStore.getState().recovery;
  useDialogStore.getState().setRecovery(null);
  try {
    await getBridge().discardRecovery(recovery?.slot);
  } catch (error) {
    toast(`Could not discard the autosave: ${errorText(error)}`, 'error');
  }
}
