/**
 * Whether the window may close, as a small state machine without Electron in it. The renderer reports
 * unsaved changes (`setDirty`); closing a dirty window asks Save / Don't Save / Cancel. "Save" sends
 * the renderer `file.save` and closes once that save succeeds; a failed save, a cancelled save dialog
 * or a timeout leave the window open with the changes still there.
 */
export type CloseAnswer = 'save' | 'discard' | 'cancel';

/** What the window should do next. */
export type CloseAction = 'close' | 'ask' | 'save-then-close' | 'stay' | 'none';

/** A save the user asked for on close must finish within this time, or the close is called off. */
export const SAVE_BEFORE_CLOSE_TIMEOUT_MS = 10 * 60 * 1000;

export class CloseGuard {
  private dirty = false;
  private confirmed = false;
  private saveRequestedAt: number | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  get isDirty(): boolean {
    return this.dirty;
  }

  /** A new page was loaded in the window: nothing unsaved, nothing agreed. */
  reset(): void {
    this.dirty = false;
    this.confirmed = false;
    this.saveRequestedAt = null;
  }

  /** The window was asked to close (close button, Ctrl+W, quitting the app). */
  requestClose(): 'close' | 'ask' {
    return this.confirmed || !this.dirty ? 'close' : 'ask';
  }

  /** The user answered the "unsaved changes" question. */
  answer(answer: CloseAnswer): 'close' | 'save-then-close' | 'stay' {
    if (answer === 'discard') {
      this.confirmed = true;
      return 'close';
    }
    if (answer === 'save') {
      this.saveRequestedAt = this.now();
      return 'save-then-close';
    }
    this.saveRequestedAt = null;
    return 'stay';
  }

  /** The renderer's own unload guard objected; true when the user already agreed to close. */
  unloadMayProceed(): boolean {
    return this.confirmed;
  }

  setDirty(dirty: boolean): CloseAction {
    this.dirty = dirty;
    if (!dirty && this.savePending()) return this.closeAfterSave();
    return 'none';
  }

  /** A saveDocument call finished (its result's `ok`). */
  saveSettled(ok: boolean): CloseAction {
    if (!this.savePending()) return 'none';
    if (ok) return this.closeAfterSave();
    this.saveRequestedAt = null;
    return 'stay';
  }

  /** The save dialog was cancelled: the save-then-close is off. */
  saveDialogCancelled(): CloseAction {
    if (!this.savePending()) return 'none';
    this.saveRequestedAt = null;
    return 'stay';
  }

  private savePending(): boolean {
    if (this.saveRequestedAt === null) return false;
    if (this.now() - this.saveRequestedAt > SAVE_BEFORE_CLOSE_TIMEOUT_MS) {
      this.saveRequestedAt = null;
      return false;
    }
    return true;
  }

  private closeAfterSave(): 'close' {
    this.saveRequestedAt = null;
    this.dirty = false;
    this.confirmed = true;
    return 'close';
  }
}
