import { chooseOpenPath } from '../commands/fileActions';
import { displayNameOf } from '../commands/paths';
import { getBridge } from '../bridge/index';
import { showMessage, useDialogStore } from '../store/dialogStore';
import { isDirty, useDocumentStore } from '../store/documentStore';
import { toast } from '../store/toastStore';
import { showView } from '../store/viewStore';
import { useCompareStore, type CompareSide, type ComparedDesign } from './compareStore';

const SIDE_WORDS: Record<CompareSide, string> = { before: 'first', after: 'second' };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Reads a design file for the comparison; a bad file shows the loader's problems and gives null. */
async function readDesign(path: string): Promise<ComparedDesign | null> {
  try {
    const result = await getBridge().openDocument(path);
    if (!result.ok) {
      useDialogStore.getState().open({ kind: 'loadError', title: result.message, path: result.path, problems: result.problems });
      return null;
    }
    return { name: displayNameOf(result.path), source: result.path, document: result.document };
  } catch (error) {
    showMessage('Could not open the file', errorText(error));
    return null;
  }
}

/** Asks for a file and puts it on one side; true when a design was chosen. */
export async function chooseFileFor(side: CompareSide): Promise<boolean> {
  let path: string | null;
  try {
    path = await chooseOpenPath(`Compare: choose the ${SIDE_WORDS[side]} design`);
  } catch (error) {
    showMessage('Could not choose a file', errorText(error));
    return false;
  }
  if (!path) return false;
  const design = await readDesign(path);
  if (design) useCompareStore.getState().set(side, design);
  return design !== null;
}

/** The design in the editor as it is now (a snapshot: later edits do not change the comparison). */
export function takeCurrentDesignFor(side: CompareSide): void {
  const { doc, filePath } = useDocumentStore.getState();
  const name = filePath ? displayNameOf(filePath) : doc.title.trim() || 'Untitled pipeline';
  const dirty = isDirty(useDocumentStore.getState());
  useCompareStore.getState().set(side, { name, source: dirty || !filePath ? 'The editor, with unsaved changes' : `The editor (${filePath})`, document: doc });
}

/** The Compare… command: shows the comparison and asks for the two files still missing. */
export async function compareFiles(): Promise<void> {
  showView('compare');
  const store = useCompareStore.getState();
  store.set('before', null);
  store.set('after', null);
  if (!(await chooseFileFor('before'))) return;
  await chooseFileFor('after');
}

/** Compares the file on disk (before) with the design in the editor (after). */
export async function compareWithSaved(): Promise<void> {
  const { filePath } = useDocumentStore.getState();
  if (!filePath) {
    toast('This design has not been saved yet, so there is no saved version to compare with.');
    return;
  }
  const saved = await readDesign(filePath);
  if (!saved) return;
  useCompareStore.getState().set('before', { ...saved, name: `${saved.name} (saved)` });
  takeCurrentDesignFor('after');
  const after = useCompareStore.getState().after;
  if (after) useCompareStore.getState().set('after', { ...after, name: `${after.name} (current)` });
  showView('compare');
}
