/** Icons for the services AWS has no architecture icon for, drawn in the same 64×64 frame. */
export const NEUTRAL_ICONS: Record<'neutral:source' | 'neutral:client' | 'neutral:feature-store', string> = {
  'neutral:source':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path fill="#5a6b7b" d="M0 0h64v64H0z"/><g fill="none" stroke="#fff" stroke-width="2.5" stroke-linecap="round"><circle cx="20" cy="32" r="5"/><path d="M30 32h16M40 25l7 7-7 7"/><path d="M13 20a18 18 0 0 1 14 0M13 44a18 18 0 0 0 14 0"/></g></svg>',
  'neutral:client':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path fill="#5a6b7b" d="M0 0h64v64H0z"/><g fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round"><rect x="14" y="16" width="36" height="24" rx="2"/><path d="M26 48h12M32 40v8"/></g></svg>',
  // A table of feature columns with a fast lane (online) above a stack (offline), in SageMaker's green.
  'neutral:feature-store':
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path fill="#01a88d" d="M0 0h64v64H0z"/><g fill="none" stroke="#fff" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round"><rect x="14" y="14" width="36" height="14" rx="2"/><path d="M26 14v14M38 14v14"/><path d="M14 36h36M14 43h36M14 50h36"/><path d="M44 19l3 2-3 2"/></g></svg>',
};

export function isNeutralIcon(icon: string): icon is keyof typeof NEUTRAL_ICONS {
  return icon in NEUTRAL_ICONS;
}
