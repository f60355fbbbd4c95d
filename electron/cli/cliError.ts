/** A failure the CLI reports on stderr with its exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Exit codes: 0 fine, 1 the design has errors, 2 the input could not be read or used. */
export const EXIT_DESIGN_ERRORS = 1;
export const EXIT_BAD_INPUT = 2;
