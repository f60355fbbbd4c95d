import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { MenuEntry } from '../chrome/Menu';
import { MenuItemButton } from '../chrome/MenuItemButton';
import { useContextMenuStore } from '../store/contextMenuStore';
import { CONTEXT_MENUS, contextMenuLines } from './contextMenus';
import './canvasTools.css';

const TARGET_NAMES = { node: 'Node', edge: 'Edge', group: 'Group', canvas: 'Canvas' } as const;
/** Space kept between the menu and the window's edges. */
const WINDOW_MARGIN = 8;

/** Focus goes back to the canvas's pane (or the node it was on) when the menu closes from the keyboard. */
function refocusCanvas(previous: Element | null): void {
  if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
  else document.querySelector<HTMLElement>('.canvas .react-flow__pane')?.focus();
}

/** The canvas's context menu: an ARIA menu at the pointer (or the selection), from the command registry. */
export function ContextMenu() {
  const menu = useContextMenuStore((s) => s.menu);
  const close = useContextMenuStore((s) => s.close);
  const ref = useRef<HTMLDivElement>(null);
  const previousFocus = useRef<Element | null>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const lines = menu ? contextMenuLines(CONTEXT_MENUS[menu.target]) : [];

  // Keep the whole menu in the window (measured before it shows)…
  useLayoutEffect(() => {
    if (!menu || !ref.current) return setPlace(null);
    previousFocus.current = document.activeElement;
    const { width, height } = ref.current.getBoundingClientRect();
    setPlace({
      left: Math.max(WINDOW_MARGIN, Math.min(menu.x, window.innerWidth - width - WINDOW_MARGIN)),
      top: Math.max(WINDOW_MARGIN, Math.min(menu.y, window.innerHeight - height - WINDOW_MARGIN)),
    });
  }, [menu]);

  // …then focus its first item, once it is shown.
  useEffect(() => {
    if (place) ref.current?.querySelector<HTMLButtonElement>('[role^="menuitem"]:not([aria-disabled="true"])')?.focus();
  }, [place]);

  useEffect(() => {
    if (!menu) return;
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) close();
    };
    const onBlur = () => close();
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('blur', onBlur);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('blur', onBlur);
    };
  }, [menu, close]);

  if (!menu) return null;

  const finish = (refocus: boolean) => {
    close();
    if (refocus) refocusCanvas(previousFocus.current);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const items = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not([aria-disabled="true"])') ?? []);
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    let next = -1;
    if (event.key === 'ArrowDown') next = (at + 1) % items.length;
    else if (event.key === 'ArrowUp') next = (at - 1 + items.length) % items.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = items.length - 1;
    else if (event.key === 'Escape' || event.key === 'Tab' || (event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu') {
      event.preventDefault();
      finish(true);
      return;
    }
    if (next >= 0) {
      event.preventDefault();
      items[next]?.focus();
    }
  };

  const choose = (line: MenuEntry) => {
    if (line.disabled) return;
    const origin = { x: menu.x, y: menu.y };
    finish(true);
    useContextMenuStore.getState().runFrom(origin, line.onSelect);
  };

  return createPortal(
    <div
      ref={ref}
      role="menu"
      aria-label={`${TARGET_NAMES[menu.target]} actions`}
      className="menu__popup context-menu"
      data-testid="context-menu"
      style={place ? { left: place.left, top: place.top } : { left: menu.x, top: menu.y, visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {lines.map((line, i) =>
        line.kind === 'separator' ? (
          <div key={i} role="separator" className="menu__separator" />
        ) : line.kind === 'heading' ? (
          <div key={i} className="menu__heading" role="presentation">
            {line.label}
          </div>
        ) : (
          <MenuItemButton key={i} entry={line} onChoose={() => choose(line)} />
        ),
      )}
    </div>,
    document.body,
  );
}
