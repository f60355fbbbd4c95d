import type { GroupColour } from './canvasObjects';

/** How a frame of one colour is drawn: its outline, a faint fill behind the nodes, and its label. */
export interface FrameColours {
  stroke: string;
  tint: string;
  ink: string;
}

/** Frame colours on a light and a dark background (canvas and exported sheet alike). */
export const GROUP_PALETTE: Readonly<Record<'light' | 'dark', Readonly<Record<GroupColour, FrameColours>>>> = {
  light: {
    blue: { stroke: '#2f6fdb', tint: '#eef4ff', ink: '#1d4fa8' },
    green: { stroke: '#2f8a3e', tint: '#eef8ef', ink: '#1f6a2c' },
    orange: { stroke: '#d27310', tint: '#fff4e6', ink: '#9a4f00' },
    purple: { stroke: '#7c4ddb', tint: '#f4efff', ink: '#5a2fb5' },
    red: { stroke: '#c93a3a', tint: '#fdeeee', ink: '#a12626' },
    grey: { stroke: '#6b7583', tint: '#f4f5f7', ink: '#434b57' },
  },
  dark: {
    blue: { stroke: '#6d9eff', tint: '#19243a', ink: '#a9c6ff' },
    green: { stroke: '#5cbf6c', tint: '#172a1c', ink: '#9be0a6' },
    orange: { stroke: '#f09a45', tint: '#2f2415', ink: '#f7c08a' },
    purple: { stroke: '#a888ff', tint: '#241d3a', ink: '#cbb8ff' },
    red: { stroke: '#ec6a6a', tint: '#341b1d', ink: '#ffaaaa' },
    grey: { stroke: '#8d97a5', tint: '#1e2228', ink: '#c3cad3' },
  },
};

/** A sticky note's paper and ink, per theme. */
export const STICKY_COLOURS: Readonly<Record<'light' | 'dark', { paper: string; edge: string; ink: string }>> = {
  light: { paper: '#fff3b0', edge: '#e0c65a', ink: '#3b3300' },
  dark: { paper: '#4a4218', edge: '#8a7a2a', ink: '#fff4c2' },
};
