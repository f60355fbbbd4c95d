import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_LIMITS, type PanelId } from './panelFit';
import { usePanelStore } from './panelStore';

const KEY_STEP_PX = 16;
const KEY_STEP_LARGE_PX = 64;

interface Props {
  panel: PanelId;
  /** The panel's size on screen now (0 when collapsed). */
  size: number;
  /** What the separator resizes, for assistive technology ("Resize the palette"). */
  label: string;
  controls: string;
  /** +1 when dragging right/down grows the panel (the palette), −1 when it shrinks it. */
  grows: 1 | -1;
}

/**
 * A window-splitter handle (WAI-ARIA "separator"): drag it, or focus it and use the arrow keys
 * (Shift for bigger steps), Home/End for the smallest and largest size, Enter to collapse or restore.
 * A double click collapses or restores too.
 */
export function PanelSeparator({ panel, size, label, controls, grows }: Props) {
  const setSize = usePanelStore((s) => s.setSize);
  const toggle = usePanelStore((s) => s.toggle);
  const drag = useRef<{ start: number; size: number } | null>(null);
  const vertical = panel !== 'bottom';
  const limits = PANEL_LIMITS[panel];

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.shiftKey ? KEY_STEP_LARGE_PX : KEY_STEP_PX;
    const [less, more] = vertical ? (grows === 1 ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft']) : ['ArrowDown', 'ArrowUp'];
    const base = Math.max(size, limits.min - step);
    if (event.key === less) setSize(panel, Math.max(size - step, limits.min));
    else if (event.key === more) setSize(panel, base + step);
    else if (event.key === 'Home') setSize(panel, limits.min);
    else if (event.key === 'End') setSize(panel, limits.max);
    else if (event.key === 'Enter') toggle(panel);
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { start: vertical ? event.clientX : event.clientY, size: Math.max(size, limits.min) };
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const delta = (vertical ? event.clientX : event.clientY) - drag.current.start;
    setSize(panel, drag.current.size + grows * delta);
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation={vertical ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={size}
      aria-valuemin={0}
      aria-valuemax={limits.max}
      className={`panel-separator panel-separator--${vertical ? 'vertical' : 'horizontal'}`}
      data-testid={`separator-${panel}`}
      title={`Drag to resize, double-click or Enter to ${size === 0 ? 'show' : 'hide'}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onDoubleClick={() => toggle(panel)}
    />
  );
}
