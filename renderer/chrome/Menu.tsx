import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { MenuItemButton } from './MenuItemButton';

export interface MenuEntry {
  kind?: 'item';
  label: string;
  shortcut?: string;
  disabled?: boolean;
  /** A setting turned on and off: shown as a checkbox item with its state. */
  checked?: boolean;
  onSelect(): void;
}

interface MenuHeading {
  kind: 'heading';
  label: string;
}

interface MenuSeparator {
  kind: 'separator';
}

export type MenuLine = MenuEntry | MenuHeading | MenuSeparator;

interface Props {
  label: string;
  /** Built when the menu opens, so it always shows the current state. */
  items: () => MenuLine[];
  onOpen?(): void;
  children?: ReactNode;
}

/** A menu button with an accessible popup menu (arrow keys, Home/End, Escape, type-to-close). */
export function Menu({ label, items, onOpen, children }: Props) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const lines = open ? items() : [];

  const focusables = () => Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? []);

  useEffect(() => {
    if (!open) return;
    focusables()[0]?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const all = focusables();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = (at + 1) % all.length;
    else if (event.key === 'ArrowUp') next = (at - 1 + all.length) % all.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
      return;
    } else if (event.key === 'Tab') {
      close(false);
      return;
    }
    if (next >= 0) {
      event.preventDefault();
      all[next]?.focus();
    }
  };

  return (
    <div className="menu">
      <button
        ref={buttonRef}
        type="button"
        className="menu__button"
        // An icon in place of the label: the label names the button.
        aria-label={children === undefined ? undefined : label}
        title={children === undefined ? undefined : label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => {
          if (!open) onOpen?.();
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault();
            onOpen?.();
            setOpen(true);
          }
        }}
      >
        {children ?? label}
      </button>
      {open && (
        <div id={menuId} ref={menuRef} role="menu" aria-label={label} className="menu__popup" onKeyDown={onMenuKeyDown}>
          {lines.map((line, i) => {
            if (line.kind === 'separator') return <div key={i} role="separator" className="menu__separator" />;
            if (line.kind === 'heading')
              return (
                <div key={i} className="menu__heading" role="presentation">
                  {line.label}
                </div>
              );
            return (
              <MenuItemButton
                key={i}
                entry={line}
                onChoose={() => {
                  if (line.disabled) return;
                  close(true);
                  line.onSelect();
                }}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
