import type { SERVICE_DEFINITIONS } from './definitions';
import type { ServiceId } from './serviceIds';

/**
 * Parameter keys derived from the catalog's literal definitions. With `S` left as the whole
 * `ServiceId` union, each type is the union across the catalog; narrowed to one service, it is
 * that service's own keys. A misspelt key is then a type error at every read.
 */
type DefinedService = (typeof SERVICE_DEFINITIONS)[number];

type DefinitionOf<S extends ServiceId> = Extract<DefinedService, { id: S }>;

type ParamSpecOf<S extends ServiceId> = DefinitionOf<S>['params'][number];

export type ParamKey<S extends ServiceId = ServiceId> = ParamSpecOf<S>['key'];
export type NumberParamKey<S extends ServiceId = ServiceId> = Extract<ParamSpecOf<S>, { kind: 'number' }>['key'];
export type BooleanParamKey<S extends ServiceId = ServiceId> = Extract<ParamSpecOf<S>, { kind: 'boolean' }>['key'];
export type EnumParamKey<S extends ServiceId = ServiceId> = Extract<ParamSpecOf<S>, { kind: 'enum' }>['key'];

/** The choices of enum parameter `K` (across every service of `S` that has it). */
export type EnumOption<S extends ServiceId, K extends EnumParamKey<S>> = Extract<ParamSpecOf<S>, { kind: 'enum'; key: K }>['options'][number];

