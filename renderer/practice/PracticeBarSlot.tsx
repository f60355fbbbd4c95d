import { lazy, Suspense } from 'react';
import { useActiveBuild } from './sessionStore';

const PracticeBar = lazy(() => import('./PracticeBar'));

/** Shows the build-mode bar above the canvas while a practice design is being built. */
export function PracticeBarSlot() {
  const session = useActiveBuild();
  if (!session) return null;
  return (
    <Suspense fallback={null}>
      <PracticeBar session={session} />
    </Suspense>
  );
}
