import { GROUP_KIND_LABELS, type Annotation, type CanvasGroup } from '../../model/canvasObjects';
import { groupsBackToFront } from '../../model/groupMembers';
import { GROUP_PALETTE, STICKY_COLOURS } from '../../model/groupPalette';
import { paragraph, text } from './drawing';
import { truncate } from './measure';
import { PALETTES, type SheetPalette } from './theme';
import type { SheetItem } from './types';
import { FONT_SIZE } from './typography';

/** Frames and notes on the diagram, in sheet coordinates (`place` maps a canvas point onto the sheet). */

type Place = (x: number, y: number) => { x: number; y: number };

const HEADER = { height: 28, pad: 10, badgePad: 5, capitalsSlack: 1.15 } as const;
const NOTE_PAD = 10;
const NOTE_LINE = 17;

function themeOf(palette: SheetPalette): 'light' | 'dark' {
  return palette === PALETTES.dark ? 'dark' : 'light';
}

/** Frames, larger behind smaller: a tinted box with its kind and label on top. */
export function groupItems(groups: readonly CanvasGroup[], place: Place, palette: SheetPalette): SheetItem[] {
  const theme = themeOf(palette);
  return groupsBackToFront(groups).map((group) => {
    const colours = GROUP_PALETTE[theme][group.colour];
    const from = place(group.position.x, group.position.y);
    const to = place(group.position.x + group.size.width, group.position.y + group.size.height);
    const w = Math.max(to.x - from.x, 40);
    const h = Math.max(to.y - from.y, HEADER.height);
    const kind = GROUP_KIND_LABELS[group.kind].toUpperCase();
    const badge = text(from.x + HEADER.pad + HEADER.badgePad, from.y + 19, kind, FONT_SIZE.caption, 'bold', '#ffffff');
    // Capitals run wider than the measured average in some renderers' fallback fonts: keep slack.
    const badgeWidth = badge.width * HEADER.capitalsSlack + 2 * HEADER.badgePad;
    const labelX = from.x + HEADER.pad + badgeWidth + 8;
    const label = truncate(group.label, Math.max(w - (labelX - from.x) - HEADER.pad, 0), FONT_SIZE.label, 'bold');
    return {
      kind: 'group',
      role: 'canvas-group',
      data: { 'group-id': group.id, 'group-kind': group.kind },
      title: group.label,
      items: [
        { kind: 'rect', x: from.x, y: from.y, w, h, r: 10, fill: colours.tint, stroke: colours.stroke, strokeWidth: 2 },
        { kind: 'rect', x: from.x + HEADER.pad, y: from.y + 7, w: badgeWidth, h: 17, r: 4, fill: colours.stroke },
        badge,
        ...(label ? [text(labelX, from.y + 20, label, FONT_SIZE.label, 'bold', colours.ink)] : []),
      ],
    };
  });
}

/** Notes: sticky notes on their paper, free text as it is. */
export function annotationItems(annotations: readonly Annotation[], place: Place, palette: SheetPalette): SheetItem[] {
  const sticky = STICKY_COLOURS[themeOf(palette)];
  return annotations.map((note) => {
    const at = place(note.position.x, note.position.y);
    const isSticky = note.kind === 'sticky';
    const width = note.size.width;
    const maxLines = Math.max(1, Math.floor((note.size.height - 2 * NOTE_PAD) / NOTE_LINE));
    const body = paragraph(at.x + NOTE_PAD, at.y + NOTE_PAD + 13, note.text, width - 2 * NOTE_PAD, FONT_SIZE.lead, isSticky ? 'regular' : 'bold', isSticky ? sticky.ink : palette.text, NOTE_LINE, maxLines);
    const paper: SheetItem[] = isSticky ? [{ kind: 'rect', x: at.x, y: at.y, w: width, h: note.size.height, r: 4, fill: sticky.paper, stroke: sticky.edge, strokeWidth: 1 }] : [];
    return { kind: 'group', role: 'canvas-note', data: { 'note-id': note.id, 'note-kind': note.kind }, title: note.text, items: [...paper, ...body.items] };
  });
}
