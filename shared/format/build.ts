import { SERVICES, defaultParams } from '../catalog';
import {
  DEFAULT_NEEDS,
  DEFAULT_SETTINGS,
  FORMAT_NAME,
  FORMAT_VERSION,
  emptyDocument,
  type Needs,
  type ParamValue,
  type Params,
  type PipelineDocument,
  type PipelineNode,
  type Settings,
} from '../model/document';
import { GROUP_KIND_COLOURS, GROUP_KIND_LABELS, annotationSize, type Annotation, type CanvasGroup } from '../model/canvasObjects';
import type { AnnotationData, FileData, GroupData, NodeData } from './schema';

/** Catalog defaults per service, computed once (the catalog is static data). */
const DEFAULT_PARAMS: ReadonlyMap<string, Readonly<Params>> = new Map(
  SERVICES.map((service) => [service.id, defaultParams(service.id)]),
);

/** -0 becomes 0: JSON writes both as 0, so a loaded document never holds -0. */
function number(value: number): number {
  return value === 0 ? 0 : value;
}

/** The title of a file that has none. */
const DEFAULT_TITLE = emptyDocument().title;

/**
 * Builds the in-memory document from checked file data, filling defaults. Every object is created
 * here, so the document shares nothing with the value it was read from.
 */
export function buildDocument(file: FileData): PipelineDocument {
  return {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: file.title ?? DEFAULT_TITLE,
    notes: file.notes ?? '',
    needs: buildNeeds(file.needs),
    settings: buildSettings(file.settings),
    nodes: (file.nodes ?? []).map(buildNode),
    edges: (file.edges ?? []).map((edge) => ({ id: edge.id, source: edge.source, target: edge.target })),
    groups: (file.groups ?? []).map(buildGroup),
    annotations: (file.annotations ?? []).map(buildAnnotation),
  };
}

function buildGroup(group: GroupData): CanvasGroup {
  return {
    id: group.id,
    kind: group.kind,
    label: group.label ?? GROUP_KIND_LABELS[group.kind],
    colour: group.colour ?? GROUP_KIND_COLOURS[group.kind],
    position: { x: number(group.position.x), y: number(group.position.y) },
    size: { width: group.size.width, height: group.size.height },
  };
}

function buildAnnotation(note: AnnotationData): Annotation {
  return {
    id: note.id,
    kind: note.kind,
    text: note.text,
    position: { x: number(note.position.x), y: number(note.position.y) },
    size: note.size ? { width: note.size.width, height: note.size.height } : annotationSize(note.kind),
  };
}

function buildNeeds(needs: FileData['needs']): Needs {
  const built: Needs = {
    kafkaEcosystem: needs?.kafkaEcosystem ?? DEFAULT_NEEDS.kafkaEcosystem,
    exactlyOnce: needs?.exactlyOnce ?? DEFAULT_NEEDS.exactlyOnce,
    replayHours: number(needs?.replayHours ?? DEFAULT_NEEDS.replayHours),
    requestTimeFeatures: needs?.requestTimeFeatures ?? DEFAULT_NEEDS.requestTimeFeatures,
    leastOperationalOverhead: needs?.leastOperationalOverhead ?? DEFAULT_NEEDS.leastOperationalOverhead,
  };
  if (needs?.budgetPerMonth !== undefined) built.budgetPerMonth = number(needs.budgetPerMonth);
  return built;
}

function buildSettings(settings: FileData['settings']): Settings {
  const prices: Settings['prices'] = {};
  for (const [key, price] of Object.entries(settings?.prices ?? {})) {
    if (price !== undefined) prices[key as keyof Settings['prices']] = number(price);
  }
  return {
    region: settings?.region ?? DEFAULT_SETTINGS.region,
    ...(settings?.edgeStyle === 'orthogonal' ? { edgeStyle: settings.edgeStyle } : {}),
    hoursPerMonth: settings?.hoursPerMonth ?? DEFAULT_SETTINGS.hoursPerMonth,
    spotDiscount: number(settings?.spotDiscount ?? DEFAULT_SETTINGS.spotDiscount),
    prices,
  };
}

/** Params are already checked against the catalog (params.ts); missing required ones get defaults. */
function buildNode(node: NodeData): PipelineNode {
  const params: Params = { ...DEFAULT_PARAMS.get(node.service) };
  const given = node.params ?? {};
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (value !== undefined) params[key] = typeof value === 'number' ? number(value) : (value as ParamValue);
  }
  return {
    id: node.id,
    service: node.service,
    label: node.label ?? '',
    position: { x: number(node.position.x), y: number(node.position.y) },
    params,
  };
}
