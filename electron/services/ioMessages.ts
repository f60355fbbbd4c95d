import path from 'node:path';

/** The errno code of a Node file-system error, if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * One sentence a user understands for a failed file operation. `action` reads as a verb phrase:
 * "save", "open", "write the export to".
 */
export function describeIoError(error: unknown, action: string, filePath: string): string {
  const folder = path.dirname(filePath);
  switch (errorCode(error)) {
    case 'ENOENT':
      return `Could not ${action} ${filePath}: the folder ${folder} does not exist, or the file is missing.`;
    case 'ENOTDIR':
      return `Could not ${action} ${filePath}: part of that path is a file, not a folder.`;
    case 'EISDIR':
      return `Could not ${action} ${filePath}: it is a folder, not a file.`;
    case 'EACCES':
    case 'EPERM':
      return `Could not ${action} ${filePath}: permission denied.`;
    case 'EROFS':
      return `Could not ${action} ${filePath}: the disk is read-only.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `Could not ${action} ${filePath}: the disk is full.`;
    case 'ENAMETOOLONG':
      return `Could not ${action} ${filePath}: the name is too long.`;
    case 'EMFILE':
    case 'ENFILE':
      return `Could not ${action} ${filePath}: too many files are open; try again.`;
    case 'EBUSY':
      return `Could not ${action} ${filePath}: the file is in use by another program.`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `Could not ${action} ${filePath}: ${detail}`;
    }
  }
}
