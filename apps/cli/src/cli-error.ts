/**
 * An error the CLI reports to the user as one line on stderr, with exit code `exitCode` (1 by default).
 * Anything else thrown inside a command is a bug and is reported as "unexpected error".
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Turns a thrown value into the one line the CLI prints and the exit code it ends with. */
export function describeFailure(error: unknown): { line: string; exitCode: number } {
  if (error instanceof CliError) return { line: `som: ${oneLine(error.message)}`, exitCode: error.exitCode };
  const message = error instanceof Error ? error.message : String(error);
  return { line: `som: unexpected error: ${oneLine(message)}`, exitCode: 1 };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
