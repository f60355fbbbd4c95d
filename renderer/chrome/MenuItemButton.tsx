import type { MenuEntry } from './Menu';

/** One item of a menu (the window's menus and the canvas context menu): a command, or a setting with its check. */
export function MenuItemButton({ entry, onChoose }: { entry: MenuEntry; onChoose(): void }) {
  return (
    <button
      type="button"
      role={entry.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
      aria-checked={entry.checked}
      tabIndex={-1}
      className="menu__item"
      aria-disabled={entry.disabled || undefined}
      onClick={onChoose}
    >
      <span className="menu__label">
        {entry.checked !== undefined && (
          <span className="menu__check" aria-hidden="true">
            {entry.checked ? '✓' : ''}
          </span>
        )}
        {entry.label}
      </span>
      {entry.shortcut && <span className="menu__shortcut">{entry.shortcut}</span>}
    </button>
  );
}
