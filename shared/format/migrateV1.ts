import { isRecord } from './describeValue';

/** The replay window a version-1 `needs.replay: true` meant: Kinesis Data Streams' default retention. */
const V1_REPLAY_HOURS = 24;

/**
 * Format 1 → 2. `needs.replay` (true or false) becomes `needs.replayHours` (true → 24 h, false → 0),
 * and a source that gave its rate only as GB/hour (`eventsPerSecond` 0 or absent, `gbPerHour` > 0)
 * gets `rateMode: "volume"`; every other source keeps the default "events" mode. Pure: the input and
 * everything in it are left untouched, and values of an unexpected type are passed on for
 * validation to name.
 */
export function toVersion2(file: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...file };
  if (isRecord(file.needs)) next.needs = needsV2(file.needs);
  if (Array.isArray(file.nodes) && file.nodes.some(isVolumeSource)) next.nodes = file.nodes.map((node: unknown) => (isVolumeSource(node) ? withVolumeMode(node) : node));
  return next;
}

function needsV2(needs: Readonly<Record<string, unknown>>): Record<string, unknown> {
  if (typeof needs.replay !== 'boolean') return { ...needs };
  const { replay, ...rest } = needs;
  return { ...rest, replayHours: replay ? V1_REPLAY_HOURS : 0 };
}

function isVolumeSource(node: unknown): node is Record<string, unknown> & { params: Record<string, unknown> } {
  if (!isRecord(node) || node.service !== 'source' || !isRecord(node.params)) return false;
  const { eventsPerSecond, gbPerHour, rateMode } = node.params;
  return rateMode === undefined && (eventsPerSecond === undefined || eventsPerSecond === 0) && typeof gbPerHour === 'number' && gbPerHour > 0;
}

function withVolumeMode(node: Record<string, unknown> & { params: Record<string, unknown> }): Record<string, unknown> {
  return { ...node, params: { ...node.params, rateMode: 'volume' } };
}
