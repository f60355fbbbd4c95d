import { concatTransformationMatrix, PDFOperatorNames as Op, PDFOperator, popGraphicsState, pushGraphicsState, setDashPattern, setFillingRgbColor, setLineCap, setLineJoin, setLineWidth, setStrokingRgbColor } from 'pdf-lib';
// pdf-lib's SVG path parser (arcs included) is not re-exported from its index; 1.17 is pinned.
import { svgPathToOperators } from 'pdf-lib/cjs/api/svgPath.js';

/** PDF path operators for the sheet's shapes: SVG path data, rectangles and circles, filled and stroked in a frame. */

export interface Frame {
  /** PDF point of the band's (0, 0). */
  x: number;
  y: number;
  /** Points per px. */
  scale: number;
}

export function colour(hex: string | undefined): [number, number, number] | undefined {
  if (!hex || hex === 'none' || hex === 'transparent') return undefined;
  const named: Record<string, string> = { white: '#ffffff', black: '#000000' };
  const value = named[hex.toLowerCase()] ?? hex;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(value);
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value);
  const parts = short ? short.slice(1).map((h) => parseInt(h + h, 16)) : long ? long.slice(1).map((h) => parseInt(h, 16)) : undefined;
  return parts ? [parts[0]! / 255, parts[1]! / 255, parts[2]! / 255] : [0, 0, 0];
}

export const round = (value: number): number => Math.round(value * 1000) / 1000;

interface PathStyle {
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: readonly number[];
  evenOdd?: boolean;
  lineCap?: number;
  lineJoin?: number;
}

/** The matrix that maps px (y down) in `frame` to PDF points (y up). */
function frameMatrix(frame: Frame): PDFOperator {
  return concatTransformationMatrix(round(frame.scale), 0, 0, round(-frame.scale), round(frame.x), round(frame.y));
}

/** Operators that draw SVG path data `d`: in `frame`, or in the current coordinates when frame is null. */
export function pathOperators(d: string, frame: Frame | null, style: PathStyle): PDFOperator[] {
  const fill = colour(style.fill);
  const stroke = colour(style.stroke);
  if (!fill && !stroke) return [];
  const ops: PDFOperator[] = [pushGraphicsState()];
  if (frame) ops.push(frameMatrix(frame));
  if (fill) ops.push(setFillingRgbColor(round(fill[0]), round(fill[1]), round(fill[2])));
  if (stroke) {
    ops.push(setStrokingRgbColor(round(stroke[0]), round(stroke[1]), round(stroke[2])), setLineWidth(round(style.strokeWidth ?? 1)));
    ops.push(setLineCap(style.lineCap ?? 1), setLineJoin(style.lineJoin ?? 1));
    if (style.dash) ops.push(setDashPattern([...style.dash], 0));
  }
  ops.push(...svgPathToOperators(d));
  if (fill && stroke) ops.push(PDFOperator.of(style.evenOdd ? Op.FillEvenOddAndStroke : Op.FillNonZeroAndStroke));
  else if (fill) ops.push(PDFOperator.of(style.evenOdd ? Op.FillEvenOdd : Op.FillNonZero));
  else ops.push(PDFOperator.of(Op.StrokePath));
  ops.push(popGraphicsState());
  return ops;
}

export function rectPath(x: number, y: number, w: number, h: number, r = 0): string {
  const radius = Math.max(0, Math.min(r, w / 2, h / 2));
  if (radius === 0) return `M${x} ${y}H${x + w}V${y + h}H${x}Z`;
  const k = radius * 0.4477;
  return (
    `M${x + radius} ${y}H${x + w - radius}C${x + w - k} ${y} ${x + w} ${y + k} ${x + w} ${y + radius}` +
    `V${y + h - radius}C${x + w} ${y + h - k} ${x + w - k} ${y + h} ${x + w - radius} ${y + h}` +
    `H${x + radius}C${x + k} ${y + h} ${x} ${y + h - k} ${x} ${y + h - radius}` +
    `V${y + radius}C${x} ${y + k} ${x + k} ${y} ${x + radius} ${y}Z`
  );
}

export function circlePath(cx: number, cy: number, r: number): string {
  const k = r * 0.5523;
  return `M${cx + r} ${cy}C${cx + r} ${cy + k} ${cx + k} ${cy + r} ${cx} ${cy + r}C${cx - k} ${cy + r} ${cx - r} ${cy + k} ${cx - r} ${cy}C${cx - r} ${cy - k} ${cx - k} ${cy - r} ${cx} ${cy - r}C${cx + k} ${cy - r} ${cx + r} ${cy - k} ${cx + r} ${cy}Z`;
}
