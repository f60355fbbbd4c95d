import { create } from 'zustand';
import type { Point } from '../canvas/edgeRoute';

/** An edge's orthogonal route from the last auto-layout (ELK), in flow coordinates, ends included. */
export type LayoutRoute = readonly Point[];

interface LayoutRouteState {
  routes: ReadonlyMap<string, LayoutRoute>;
  setRoutes(routes: ReadonlyMap<string, LayoutRoute>): void;
}

/**
 * View state, not the document: an edge draws its route only while both its ends are where the
 * layout put them (see `routeFor`); once a node moves, the edge is drawn as usual.
 */
export const useLayoutRouteStore = create<LayoutRouteState>()((set) => ({
  routes: new Map(),
  setRoutes: (routes) => set({ routes }),
}));
