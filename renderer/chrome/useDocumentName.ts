import { displayNameOf } from '../commands/paths';
import { useDocumentStore } from '../store/documentStore';

/** The file name without its suffix, the dropped file's name, or the design's title. */
export function useDocumentName(): string {
  return useDocumentStore((s) => (s.filePath ? displayNameOf(s.filePath) : (s.displayName ?? (s.doc.title.trim() || 'Untitled pipeline'))));
}
