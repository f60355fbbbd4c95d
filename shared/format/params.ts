import { SERVICES, type ParamSpec, type ServiceDefinition } from '../catalog';
import { isValidParamValue } from '../catalog/paramValidation';
import { isServiceId } from '../catalog/serviceIds';
import { describeValue, isRecord, quoteList } from './describeValue';
import { formatPath } from './paths';
import type { ProblemList } from './problemList';

/** Each service's parameter specs by key; the first spec wins, as in the catalog's `paramSpec`. */
const SPECS: ReadonlyMap<string, ReadonlyMap<string, ParamSpec>> = new Map(
  SERVICES.map((service) => {
    const byKey = new Map<string, ParamSpec>();
    for (const spec of service.params) if (!byKey.has(spec.key)) byKey.set(spec.key, spec);
    return [service.id, byKey];
  }),
);

const SERVICE_BY_ID: ReadonlyMap<string, ServiceDefinition> = new Map(
  SERVICES.map((service) => [service.id, service]),
);

/** What a value of this parameter must be, e.g. "a whole number from 1 to 10000". */
export function describeSpec(spec: ParamSpec): string {
  switch (spec.kind) {
    case 'number':
      return `${spec.integer ? 'a whole number' : 'a number'} from ${spec.min} to ${spec.max}`;
    case 'boolean':
      return 'true or false';
    case 'enum':
      return `one of ${quoteList(spec.options)}`;
  }
}

/**
 * Checks one node's `params` against its service in the catalog: every key must be a parameter of
 * the service and every value must fit its spec. Works on the raw node, so it reports problems even
 * when other parts of the node are broken; a node with an unknown service or non-object params is
 * left to the schema's problems.
 */
export function checkNodeParams(node: unknown, index: number, list: ProblemList): void {
  if (!isRecord(node)) return;
  const { service, params } = node;
  if (typeof service !== 'string' || !isServiceId(service) || !isRecord(params)) return;
  const specs = SPECS.get(service)!;
  for (const key of Object.keys(params)) {
    const spec = specs.get(key);
    const value = spec === undefined ? undefined : params[key];
    if (spec !== undefined && (value === undefined || isValidParamValue(spec, value))) continue;
    if (!list.hasRoom) {
      list.skip(1);
      continue;
    }
    list.add(() => {
      const path = ['nodes', index, 'params', key];
      const where = formatPath(path);
      const message =
        spec === undefined
          ? unknownParamMessage(where, service)
          : `${where} must be ${describeSpec(spec)}, got ${describeValue(value)}`;
      return { path, message };
    });
  }
}

function unknownParamMessage(where: string, serviceId: string): string {
  const service = SERVICE_BY_ID.get(serviceId)!;
  const keys = [...SPECS.get(serviceId)!.keys()];
  const known = keys.length === 0 ? `${service.name} has no parameters` : `its parameters are ${keys.join(', ')}`;
  return `${where} is not a parameter of ${service.name} (${known})`;
}
