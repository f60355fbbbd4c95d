/** The SVG a Markdown note shows, written beside it: `note.md` → `note.svg` (the CLI's rule). */
export function markdownSvgPath(notePath: string): string {
  return /\.md$/i.test(notePath) ? notePath.replace(/\.md$/i, '.svg') : `${notePath}.svg`;
}
