import { memo, useCallback } from 'react';
import { NodeResizer, type NodeProps, type OnResize } from '@xyflow/react';
import { CANVAS_OBJECT_SIZES, GROUP_KIND_LABELS } from '../../shared/model/canvasObjects';
import { GROUP_PALETTE } from '../../shared/model/groupPalette';
import { useDocumentStore } from '../store/documentStore';
import { effectiveTheme, useUiStore } from '../store/uiStore';
import type { GroupFlowNode } from './flowObjects';

const { minGroup } = CANVAS_OBJECT_SIZES;

/** A frame (account, region, VPC, stage): a coloured outline with its label on a strip that drags it. */
function GroupFrameView({ data, selected }: NodeProps<GroupFlowNode>) {
  const { group } = data;
  const theme = useUiStore(effectiveTheme);
  const colours = GROUP_PALETTE[theme][group.colour];

  const onResize = useCallback<OnResize>(
    (_event, box) => {
      useDocumentStore.getState().commit(
        [{ op: 'resizeGroup', group: group.id, position: { x: box.x, y: box.y }, size: { width: box.width, height: box.height } }],
        { coalesceKey: `resize:${group.id}` },
      );
    },
    [group.id],
  );
  const onResizeEnd = useCallback(() => useDocumentStore.getState().sealHistory(), []);

  return (
    <div
      className={`group-frame${selected ? ' group-frame--selected' : ''}`}
      data-group-kind={group.kind}
      style={{ borderColor: colours.stroke, background: colours.tint }}
    >
      <NodeResizer isVisible={selected} minWidth={minGroup.width} minHeight={minGroup.height} color={colours.stroke} onResize={onResize} onResizeEnd={onResizeEnd} />
      <div className="group-frame__header" style={{ color: colours.ink }}>
        <span className="group-frame__kind" style={{ background: colours.stroke }}>
          {GROUP_KIND_LABELS[group.kind]}
        </span>
        <span className="group-frame__label">{group.label}</span>
      </div>
    </div>
  );
}

export const GroupFrame = memo(GroupFrameView);
