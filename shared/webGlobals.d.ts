/**
 * The few web-platform globals shared/ uses, which browsers, Node and Electron all provide. shared/
 * compiles without the DOM library (so nothing else from it creeps in); the app's tsconfigs, which
 * have the DOM and Node types, exclude this file.
 */

interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare var TextEncoder: { new (): TextEncoder };

interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare var TextDecoder: { new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }): TextDecoder };

declare function atob(data: string): string;
declare function btoa(data: string): string;
