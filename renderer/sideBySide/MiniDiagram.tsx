import { useId, useMemo } from 'react';
import { catalog } from '../../shared/catalog/index';
import { GROUP_PALETTE } from '../../shared/model/groupPalette';
import { iconUrl } from '../canvas/icons';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import { miniLayout, type MiniDesign, type MiniOptions } from './miniLayout';
import { useMeasuredWidth } from './useMeasuredWidth';
import './sideBySide.css';

export type DiffMark = 'added' | 'removed' | 'changed';
export type IssueMark = 'error' | 'warning';

export interface NodeMarks {
  diff?: ReadonlyMap<string, DiffMark>;
  issues?: ReadonlyMap<string, IssueMark>;
  edges?: ReadonlyMap<string, Exclude<DiffMark, 'changed'>>;
}

const MINI_SIZES = {
  card: { maxHeight: 170, iconSize: 26, padding: 8, labelMaxWidth: 84, fontSize: 10, maxScale: 0.45 },
  large: { maxHeight: 420, iconSize: 36, padding: 14, labelMaxWidth: 130, fontSize: 12, maxScale: 0.8 },
} satisfies Record<string, Omit<MiniOptions, 'width'>>;

const DIFF_GLYPHS: Record<DiffMark, string> = { added: '+', removed: '−', changed: '~' };
const DIFF_WORDS: Record<DiffMark, string> = { added: 'added', removed: 'removed', changed: 'changed' };

interface Props {
  /** The design; its group frames are drawn too when it has some. */
  document: MiniDesign;
  /** What the picture shows, for assistive technology ("Option A: 5 services…"). */
  label: string;
  size?: keyof typeof MINI_SIZES;
  marks?: NodeMarks;
  testId?: string;
}

/** A small static drawing of a design: service icons at their canvas positions, joined by its edges, inside its frames. */
export function MiniDiagram({ document: design, label, size = 'card', marks, testId }: Props) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(size === 'card' ? 240 : 520);
  const layout = useMemo(() => miniLayout(design, { width, ...MINI_SIZES[size] }), [design, width, size]);
  const arrowId = `mini-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const half = layout.iconSize / 2;
  const services = design.nodes.map((node) => node.label).join(', ');
  const theme = useUiStore(effectiveTheme);
  const groups = layout.frames.length === 0 ? '' : ` ${layout.frames.length} group${layout.frames.length === 1 ? '' : 's'}: ${layout.frames.map((f) => f.label).join(', ')}.`;

  return (
    <div ref={ref} className={`mini mini--${size}`} data-testid={testId}>
      <svg
        className="mini__svg"
        role="img"
        aria-label={`${label}. ${design.nodes.length === 0 ? 'Empty design.' : `${design.nodes.length} services: ${services}.`}${groups}`}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <defs>
          <marker id={arrowId} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0 0.5 L7.5 4 L0 7.5 z" className="mini__arrowhead" />
          </marker>
        </defs>
        {layout.frames.map((frame) => {
          const colours = GROUP_PALETTE[theme][frame.colour];
          return (
            <g key={frame.id} className="mini__group" data-group={frame.id}>
              <title>{`${frame.label} (group)`}</title>
              <rect x={frame.x} y={frame.y} width={frame.width} height={frame.height} rx={6} fill={colours.tint} stroke={colours.stroke} strokeWidth={1.2} />
              {frame.shortLabel && (
                <text className="mini__group-label" x={frame.x + 5} y={frame.y + layout.fontSize + 1} fill={colours.ink} style={{ fontSize: layout.fontSize - 1 }}>
                  {frame.shortLabel}
                </text>
              )}
            </g>
          );
        })}
        {layout.edges.map((edge) => {
          const mark = marks?.edges?.get(edge.id);
          return <path key={edge.id} d={edge.path} className={`mini__edge${mark ? ` mini__edge--${mark}` : ''}`} markerEnd={`url(#${arrowId})`} />;
        })}
        {layout.nodes.map((node) => {
          const diff = marks?.diff?.get(node.id);
          const issue = marks?.issues?.get(node.id);
          const url = iconUrl(catalog[node.service].icon);
          return (
            <g
              key={node.id}
              transform={`translate(${node.x} ${node.y})`}
              className={`mini__node mini__node--${node.category}${diff ? ` mini__node--${diff}` : ''}`}
              data-node={node.id}
              data-diff={diff}
              data-issue={issue}
            >
              <title>{`${node.label} (${catalog[node.service].shortName})${diff ? `, ${DIFF_WORDS[diff]}` : ''}${issue ? `, has ${issue === 'error' ? 'an error' : 'a warning'}` : ''}`}</title>
              <rect className="mini__frame" x={-half - 3} y={-half - 3} width={layout.iconSize + 6} height={layout.iconSize + 6} rx={6} />
              {url ? (
                <image href={url} x={-half} y={-half} width={layout.iconSize} height={layout.iconSize} preserveAspectRatio="xMidYMid meet" />
              ) : (
                <rect x={-half} y={-half} width={layout.iconSize} height={layout.iconSize} rx={4} className="mini__placeholder" />
              )}
              {diff && (
                <g transform={`translate(${-half - 2} ${-half - 2})`} className="mini__diff-badge" aria-hidden="true">
                  <circle r={7} />
                  <text dy="0.35em" textAnchor="middle">
                    {DIFF_GLYPHS[diff]}
                  </text>
                </g>
              )}
              {issue && <circle cx={half + 1} cy={-half - 1} r={4.5} className={`mini__issue mini__issue--${issue}`} />}
              {node.shortLabel && (
                <text className="mini__label" y={half + layout.fontSize + 3} textAnchor="middle" style={{ fontSize: layout.fontSize }}>
                  {node.shortLabel}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}
