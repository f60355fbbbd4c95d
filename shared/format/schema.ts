import * as z from 'zod';
import { SERVICE_IDS } from '../catalog/serviceIds';
import { PRICE_KEYS } from '../cost/priceKeys';
import { ANNOTATION_KINDS, GROUP_COLOURS, GROUP_KINDS } from '../model/canvasObjects';
import { EDGE_STYLES, FORMAT_NAME, FORMAT_VERSION, MAX_REPLAY_HOURS } from '../model/document';
import { isRecord } from './describeValue';
import { FORMAT_LIMITS as LIMITS } from './limits';

/*
 * The shape of a current-version file (older files are migrated first: migrations.ts). Every object
 * is strict (unknown fields are errors) and z.number() rejects NaN and ±Infinity. Fields with an
 * obvious meaning when absent are optional; load fills them. Node parameters are only checked to be
 * an object here: their keys and values depend on the node's service and are checked against the
 * catalog in params.ts. Nodes and edges have a fast check in cleanItems.ts (a cold CLI process pays
 * a lot for zod over 10,000 items): keep it in step.
 */

/** The most hours a month can have (31 days). */
const MAX_HOURS_PER_MONTH = 744;

const id = z.string().min(1).max(LIMITS.maxIdLength);

const positionSchema = z.strictObject({
  x: z.number(),
  y: z.number(),
});

export const nodeSchema = z.strictObject({
  id,
  service: z.enum(SERVICE_IDS),
  label: z.string().max(LIMITS.maxLabelLength).optional(),
  position: positionSchema,
  // A plain check rather than z.record: the keys are checked against the catalog anyway, and this
  // avoids a zod run per key of every node (measurably faster on a 10,000-node file).
  params: z.custom<Record<string, unknown>>(isRecord, { params: { expected: 'an object' } }).optional(),
});

export const edgeSchema = z.strictObject({
  id,
  source: id,
  target: id,
});

const sizeSchema = z.strictObject({
  width: z.number().gt(0).lte(LIMITS.maxObjectSize),
  height: z.number().gt(0).lte(LIMITS.maxObjectSize),
});

/** A frame on the canvas; label and colour default to its kind's. */
const groupSchema = z.strictObject({
  id,
  kind: z.enum(GROUP_KINDS),
  label: z.string().max(LIMITS.maxLabelLength).optional(),
  colour: z.enum(GROUP_COLOURS).optional(),
  position: positionSchema,
  size: sizeSchema,
});

/** A text or sticky note on the canvas; its size defaults to its kind's. */
const annotationSchema = z.strictObject({
  id,
  kind: z.enum(ANNOTATION_KINDS),
  text: z.string().max(LIMITS.maxAnnotationTextLength),
  position: positionSchema,
  size: sizeSchema.optional(),
});

const needsSchema = z.strictObject({
  kafkaEcosystem: z.boolean().optional(),
  exactlyOnce: z.boolean().optional(),
  replayHours: z.number().min(0).max(MAX_REPLAY_HOURS).optional(),
  requestTimeFeatures: z.boolean().optional(),
  leastOperationalOverhead: z.boolean().optional(),
  budgetPerMonth: z.number().min(0).optional(),
});

const pricesSchema = z.partialRecord(z.enum(PRICE_KEYS), z.number().min(0));

const settingsSchema = z.strictObject({
  region: z.string().min(1).max(LIMITS.maxRegionLength).optional(),
  hoursPerMonth: z.number().gt(0).lte(MAX_HOURS_PER_MONTH).optional(),
  spotDiscount: z.number().min(0).lt(1).optional(),
  prices: pricesSchema.optional(),
  edgeStyle: z.enum(EDGE_STYLES).optional(),
});

export const fileSchema = z.strictObject({
  format: z.literal(FORMAT_NAME),
  version: z.literal(FORMAT_VERSION),
  title: z.string().max(LIMITS.maxTitleLength).optional(),
  notes: z.string().max(LIMITS.maxNotesLength).optional(),
  needs: needsSchema.optional(),
  settings: settingsSchema.optional(),
  nodes: z.array(nodeSchema).optional(),
  edges: z.array(edgeSchema).optional(),
  groups: z.array(groupSchema).optional(),
  annotations: z.array(annotationSchema).optional(),
});

export type FileData = z.infer<typeof fileSchema>;
export type NodeData = z.infer<typeof nodeSchema>;
export type EdgeData = z.infer<typeof edgeSchema>;
export type GroupData = z.infer<typeof groupSchema>;
export type AnnotationData = z.infer<typeof annotationSchema>;

/** What each kind of object is called in messages, and the fields it may have, by path shape. */
export const OBJECT_KINDS: Readonly<Record<string, { noun: string; fields: readonly string[] }>> = {
  '': { noun: 'a Pipeboard file', fields: Object.keys(fileSchema.shape) },
  needs: { noun: 'needs', fields: Object.keys(needsSchema.shape) },
  settings: { noun: 'settings', fields: Object.keys(settingsSchema.shape) },
  'nodes[]': { noun: 'a node', fields: Object.keys(nodeSchema.shape) },
  'nodes[].position': { noun: 'a position', fields: Object.keys(positionSchema.shape) },
  'edges[]': { noun: 'an edge', fields: Object.keys(edgeSchema.shape) },
  'groups[]': { noun: 'a group', fields: Object.keys(groupSchema.shape) },
  'groups[].position': { noun: 'a position', fields: Object.keys(positionSchema.shape) },
  'groups[].size': { noun: 'a size', fields: Object.keys(sizeSchema.shape) },
  'annotations[]': { noun: 'a note', fields: Object.keys(annotationSchema.shape) },
  'annotations[].position': { noun: 'a position', fields: Object.keys(positionSchema.shape) },
  'annotations[].size': { noun: 'a size', fields: Object.keys(sizeSchema.shape) },
};
