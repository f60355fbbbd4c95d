import { COMMANDS, type CommandGroup } from '../commands/registry';
import { Fragment } from 'react';
import { shortcutKeys } from '../commands/shortcuts';
import { useUiStore } from '../store/uiStore';
import { Modal } from './Modal';

const GROUPS: CommandGroup[] = ['File', 'Edit', 'Select', 'Arrange', 'View'];

/** One combination, each key in its own box: "Ctrl + +" reads as Ctrl, then the plus key. */
function KeyCombo({ keys }: { keys: readonly string[] }) {
  return (
    <span className="shortcuts__combo">
      {keys.map((key, i) => (
        <Fragment key={i}>
          {i > 0 && (
            <span className="shortcuts__then" aria-hidden="true">
              +
            </span>
          )}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}

/** Every command with its keys, from the same list the menus and the keyboard use. */
export function ShortcutsSheet() {
  const close = () => useUiStore.getState().setShortcutsOpen(false);
  return (
    <Modal title="Keyboard shortcuts" onClose={close} wide testId="shortcuts-sheet">
      <div className="shortcuts">
        {GROUPS.map((group) => (
          <section key={group} aria-labelledby={`shortcuts-${group}`}>
            <h3 id={`shortcuts-${group}`}>{group}</h3>
            <dl>
              {COMMANDS.filter((c) => c.group === group && c.shortcuts?.length).map((command) => (
                <div key={command.id} className="shortcuts__row">
                  <dt>{command.label}</dt>
                  <dd>
                    {command.shortcuts!.map((s, i) => (
                      <Fragment key={i}>
                        {i > 0 && <span className="shortcuts__or">or</span>}
                        <KeyCombo keys={shortcutKeys(s)} />
                      </Fragment>
                    ))}
                  </dd>
                </div>
              ))}
              {group === 'Edit' && (
                <div className="shortcuts__row">
                  <dt>Nudge selected nodes (Shift: 10×)</dt>
                  <dd>
                    <kbd>↑</kbd>
                    <kbd>↓</kbd>
                    <kbd>←</kbd>
                    <kbd>→</kbd>
                  </dd>
                </div>
              )}
              {group === 'Select' && (
                <div className="shortcuts__row">
                  <dt>Select the focused node (Shift: add)</dt>
                  <dd>
                    <kbd>Tab</kbd>
                    <kbd>Enter</kbd>
                  </dd>
                </div>
              )}
            </dl>
          </section>
        ))}
      </div>
      <div className="modal__actions">
        <button type="button" className="button button--primary" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
