/**
 * Every limit on the XML Pipeboard reads (exported SVGs dropped or opened, icon SVGs): one place to
 * see and change them. The reader in xml.ts enforces each one and refuses with an XmlError.
 */
export const XML_LIMITS = {
  /** Elements nested deeper than this are refused (an exported sheet nests about ten deep). */
  maxDepth: 512,
} as const;
