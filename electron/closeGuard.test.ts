import { describe, expect, it } from 'vitest';
import { CloseGuard, SAVE_BEFORE_CLOSE_TIMEOUT_MS } from './closeGuard';

describe('CloseGuard', () => {
  it('closes a clean window without asking', () => {
    expect(new CloseGuard().requestClose()).toBe('close');
  });

  it('asks before closing a dirty window; Cancel keeps it open and dirty', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.requestClose()).toBe('ask');
    expect(guard.answer('cancel')).toBe('stay');
    expect(guard.requestClose()).toBe('ask');
    expect(guard.unloadMayProceed()).toBe(false);
  });

  it("Don't Save closes, and lets the page's own unload guard be overruled", () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.answer('discard')).toBe('close');
    expect(guard.requestClose()).toBe('close');
    expect(guard.unloadMayProceed()).toBe(true);
  });

  it('Save asks the page to save and closes once the save succeeded', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    expect(guard.answer('save')).toBe('save-then-close');
    expect(guard.requestClose()).toBe('ask');
    expect(guard.saveSettled(true)).toBe('close');
    expect(guard.requestClose()).toBe('close');
  });

  it('Save also closes when the page reports it is clean', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    guard.answer('save');
    expect(guard.setDirty(false)).toBe('close');
  });

  it('a failed save or a cancelled save dialog keeps the window open, and a later save does not close it', () => {
    const failed = new CloseGuard();
    failed.setDirty(true);
    failed.answer('save');
    expect(failed.saveSettled(false)).toBe('stay');
    expect(failed.saveSettled(true)).toBe('none');
    expect(failed.isDirty).toBe(true);

    const cancelled = new CloseGuard();
    cancelled.setDirty(true);
    cancelled.answer('save');
    expect(cancelled.saveDialogCancelled()).toBe('stay');
    expect(cancelled.setDirty(false)).toBe('none');
  });

  it('forgets a save-then-close that takes too long', () => {
    let now = 0;
    const guard = new CloseGuard(() => now);
    guard.setDirty(true);
    guard.answer('save');
    now = SAVE_BEFORE_CLOSE_TIMEOUT_MS + 1;
    expect(guard.saveSettled(true)).toBe('none');
  });

  it('ordinary saves and edits without a close request do nothing', () => {
    const guard = new CloseGuard();
    expect(guard.setDirty(true)).toBe('none');
    expect(guard.saveSettled(true)).toBe('none');
    expect(guard.saveDialogCancelled()).toBe('none');
    expect(guard.setDirty(false)).toBe('none');
  });

  it('a new page starts over', () => {
    const guard = new CloseGuard();
    guard.setDirty(true);
    guard.answer('discard');
    guard.reset();
    expect(guard.unloadMayProceed()).toBe(false);
    guard.setDirty(true);
    expect(guard.requestClose()).toBe('ask');
  });
});
