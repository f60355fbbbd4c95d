import { SERVICE_DEFINITIONS } from './definitions';
import { ORCHESTRATED_STEPS } from './orchestration';
import { SERVICE_IDS, type ServiceId } from './serviceIds';
import type { DataKind, ParamSpec, ServiceDefinition } from './types';
import type { Params } from '../model/document';

export * from './types';
export * from './serviceIds';
export type * from './paramKeys';

/** The catalog in palette order. */
export const SERVICES: readonly ServiceDefinition[] = SERVICE_DEFINITIONS;

export const catalog: Readonly<Record<ServiceId, ServiceDefinition>> = Object.fromEntries(
  SERVICES.map((service) => [service.id, service]),
) as Record<ServiceId, ServiceDefinition>;

/** Each service's parameter specs by key, built once; the first spec with a key wins. */
const SPECS_BY_KEY: ReadonlyMap<string, ReadonlyMap<string, ParamSpec>> = new Map(
  SERVICES.map((service) => {
    const byKey = new Map<string, ParamSpec>();
    for (const spec of service.params) if (!byKey.has(spec.key)) byKey.set(spec.key, spec);
    return [service.id, byKey];
  }),
);

export function paramSpec(service: ServiceId, key: string): ParamSpec | undefined {
  return SPECS_BY_KEY.get(service)?.get(key);
}

/** Whether a parameter applies to a node with these params (its `shownWhen` condition holds; absent values count as their default). */
export function isParamActive(service: ServiceId, spec: ParamSpec, params: Readonly<Params>): boolean {
  if (spec.shownWhen === undefined) return true;
  const { key, equals } = spec.shownWhen;
  const value = params[key] ?? paramSpec(service, key)?.default;
  return typeof equals === 'string' ? value === equals : typeof value === 'string' && equals.includes(value);
}

/** Catalog defaults for every non-optional parameter of a service. */
export function defaultParams(service: ServiceId): Params {
  const params: Params = {};
  for (const spec of catalog[service].params) {
    if (!spec.optional) params[spec.key] = spec.default;
  }
  return params;
}

/** What a service takes in: its catalog `accepts`, plus `control` when an orchestrator can run it as a step. */
const ACCEPTS: ReadonlyMap<ServiceId, readonly DataKind[]> = new Map(
  SERVICES.map((service) => [service.id, ORCHESTRATED_STEPS.has(service.id) ? [...service.accepts, 'control' as const] : service.accepts]),
);

function acceptedKinds(service: ServiceId): readonly DataKind[] {
  return ACCEPTS.get(service)!;
}

/** The data kinds that can travel from `source` to `target`, empty when the edge is invalid. */
export function sharedKinds(source: ServiceId, target: ServiceId): DataKind[] {
  const accepts = acceptedKinds(target);
  const { kindSources } = catalog[target];
  return catalog[source].emits.filter((kind) => accepts.includes(kind) && (kindSources?.[kind]?.includes(source) ?? true));
}

const serviceIndices = new Map<ServiceId, number>(SERVICE_IDS.map((id, i) => [id, i]));

/** The service's position in `SERVICE_IDS`: a small integer for per-service tables and bit sets. */
export function serviceIndex(service: ServiceId): number {
  return serviceIndices.get(service)!;
}

/** By service pair (row: source): 1 when an edge carries data, not only an orchestrator running a step. Read once per edge in hot loops. */
const carriesData = new Uint8Array(SERVICE_IDS.length * SERVICE_IDS.length);
for (const from of SERVICE_IDS) {
  for (const to of SERVICE_IDS) {
    carriesData[serviceIndex(from) * SERVICE_IDS.length + serviceIndex(to)] = sharedKinds(from, to).some((kind) => kind !== 'control') ? 1 : 0;
  }
}

/** Whether an edge from `source` to `target` carries data (valid, and not only an orchestrator running a step). */
export function edgeCarriesData(source: ServiceId, target: ServiceId): boolean {
  return carriesData[serviceIndex(source) * SERVICE_IDS.length + serviceIndex(target)] === 1;
}

/** Whether an edge from service a to service b is allowed, at a × SERVICE_IDS.length + b. */
const connectable = new Uint8Array(SERVICE_IDS.length * SERVICE_IDS.length);
for (const from of SERVICE_IDS) for (const to of SERVICE_IDS) connectable[serviceIndex(from) * SERVICE_IDS.length + serviceIndex(to)] = sharedKinds(from, to).length > 0 ? 1 : 0;

export function canConnect(source: ServiceId, target: ServiceId): boolean {
  return connectable[serviceIndex(source) * SERVICE_IDS.length + serviceIndex(target)] === 1;
}

/** `canConnect` by service index (see `serviceIndex`), for loops over many edges. */
export function canConnectIndex(source: number, target: number): boolean {
  return connectable[source * SERVICE_IDS.length + target] === 1;
}

/** Why an edge is refused, in one sentence; undefined when it is allowed. */
export function connectionRefusal(source: ServiceId, target: ServiceId): string | undefined {
  if (canConnect(source, target)) return undefined;
  const from = catalog[source];
  const to = catalog[target];
  if (from.emits.length === 0) return `${from.shortName} is a sink: nothing flows out of it.`;
  const accepts = acceptedKinds(target);
  if (accepts.length === 0) return `${to.shortName} is a source: nothing flows into it.`;
  if (from.emits.includes('control')) return `${from.shortName} runs steps (Glue, EMR, Lambda, SageMaker jobs…); ${to.shortName} is not one it can run.`;
  const restricted = from.emits.find((kind) => accepts.includes(kind) && to.kindSources?.[kind] !== undefined);
  if (restricted !== undefined) {
    const others = accepts.filter((kind) => kind !== restricted);
    const allowed = to.kindSources![restricted]!.map((id) => catalog[id].shortName);
    return `${to.shortName} reads ${KIND_NAMES[restricted]} only from ${joinNames(allowed, 'or')}; otherwise it takes ${kindList(others, 'or')}, and ${from.shortName} sends ${kindList(from.emits, 'and')}.`;
  }
  return `${to.shortName} takes ${kindList(accepts, 'or')}, but ${from.shortName} sends ${kindList(from.emits, 'and')}.`;
}

const KIND_NAMES: Record<DataKind, string> = {
  records: 'stream records',
  objects: 'objects (files)',
  model: 'a trained model',
  predictions: 'predictions',
  queries: 'queries',
  features: 'features',
  files: 'a mounted file system',
  tables: 'table definitions',
  control: 'step runs (orchestration)',
};

function kindList(kinds: readonly DataKind[], conjunction: 'and' | 'or'): string {
  return joinNames(kinds.map((kind) => KIND_NAMES[kind]), conjunction);
}

function joinNames(names: readonly string[], conjunction: 'and' | 'or'): string {
  return names.length <= 1 ? (names[0] ?? 'nothing') : `${names.slice(0, -1).join(', ')} ${conjunction} ${names.at(-1)}`;
}
