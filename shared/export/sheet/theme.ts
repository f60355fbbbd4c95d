import type { Category } from '../../catalog/types';
import type { Severity } from '../../analysis/types';

export type ExportTheme = 'light' | 'dark';

/** The sheet's colours, matched to the app's light and dark themes (renderer/styles/theme.css). */
export interface SheetPalette {
  page: string;
  panel: string;
  panelAlt: string;
  canvas: string;
  border: string;
  borderStrong: string;
  text: string;
  muted: string;
  accent: string;
  accentSoft: string;
  edge: string;
  success: string;
  severity: Record<Severity, { fill: string; text: string; soft: string; ink: string }>;
  category: Record<Category, string>;
}

export const PALETTES: Record<ExportTheme, SheetPalette> = {
  light: {
    page: '#ffffff',
    panel: '#ffffff',
    panelAlt: '#f6f7f9',
    canvas: '#f3f5f8',
    border: '#e1e4e8',
    borderStrong: '#c5cad1',
    text: '#1a1e24',
    muted: '#59626e',
    accent: '#2459d6',
    accentSoft: '#e8efff',
    edge: '#8a939f',
    success: '#1f7a3d',
    severity: {
      error: { fill: '#c42b2b', text: '#ffffff', soft: '#fdecec', ink: '#b42323' },
      warning: { fill: '#f0a020', text: '#1a1200', soft: '#fff4e0', ink: '#8a4600' },
      tip: { fill: '#1e5fc7', text: '#ffffff', soft: '#e8f1ff', ink: '#1e5fc7' },
    },
    category: {
      sources: '#5a6b7b',
      ingestion: '#8c4fff',
      processing: '#d45b07',
      storage: '#3f8624',
      training: '#01a88d',
      serving: '#c925d1',
      orchestration: '#e7157b',
      consumers: '#5a6b7b',
    },
  },
  dark: {
    page: '#121418',
    panel: '#1b1e24',
    panelAlt: '#20242b',
    canvas: '#15181d',
    border: '#2e343d',
    borderStrong: '#444c58',
    text: '#e7eaef',
    muted: '#a3acb8',
    accent: '#7aa7ff',
    accentSoft: '#1f2a44',
    edge: '#6b7482',
    success: '#6fd08f',
    severity: {
      error: { fill: '#e5484d', text: '#ffffff', soft: '#3a1f22', ink: '#ff8b8b' },
      warning: { fill: '#f2b54b', text: '#1a1200', soft: '#3a2f1a', ink: '#f2b54b' },
      tip: { fill: '#4c8dff', text: '#ffffff', soft: '#1b2a40', ink: '#86bbff' },
    },
    category: {
      sources: '#8a9bab',
      ingestion: '#a77bff',
      processing: '#f08a3c',
      storage: '#6cbf4a',
      training: '#2cd1b2',
      serving: '#e05ae6',
      orchestration: '#f25c9b',
      consumers: '#8a9bab',
    },
  },
};
