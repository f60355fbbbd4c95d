import type { ParamValue, Params } from '../model/document';
import { catalog, paramSpec } from './index';
import { isValidParamValue } from './paramValidation';
import type { ServiceId } from './serviceIds';
import type { ParamSpec } from './types';

/** A value `fitParams` left out: `spec` is absent when the service has no parameter `key`. */
export interface DroppedParam {
  key: string;
  value: unknown;
  spec?: ParamSpec;
}

export interface FittedParams {
  params: Params;
  dropped: DroppedParam[];
}

/**
 * Parameters of `service` taken from `given`: each value whose key is a parameter of the service
 * and that is valid for its spec is kept; every other required parameter gets its default. Keys the
 * service does not have, and invalid values, are reported in `dropped`.
 */
export function fitParams(service: ServiceId, given: Readonly<Record<string, unknown>>): FittedParams {
  const params: Params = {};
  for (const spec of catalog[service].params) {
    const value = given[spec.key];
    if (value !== undefined && isValidParamValue(spec, value)) params[spec.key] = value as ParamValue;
    else if (!spec.optional) params[spec.key] = spec.default;
  }
  const dropped: DroppedParam[] = [];
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (value === undefined || (Object.hasOwn(params, key) && params[key] === value)) continue;
    const spec = paramSpec(service, key);
    dropped.push(spec ? { key, value, spec } : { key, value });
  }
  return { params, dropped };
}

/** The parameters a node keeps when its service changes to `service` (see `fitParams`). */
export function carryParams(params: Params, service: ServiceId): Params {
  return fitParams(service, params).params;
}
