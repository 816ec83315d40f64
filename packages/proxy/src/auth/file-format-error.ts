/** A line of a password or ACL file that cannot be used; names the file and the line. */
export class FileFormatError extends Error {
  override name = 'FileFormatError';
  constructor(
    readonly path: string,
    /** 1-based; 0 when the problem is the whole file. */
    readonly line: number,
    readonly detail: string,
  ) {
    super(line > 0 ? `${path} line ${line}: ${detail}` : `${path}: ${detail}`);
  }
}

/** Splits file text into lines without their `\r\n` / `\n` endings. */
export function splitLines(text: string): string[] {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.endsWith('\r')) lines[i] = l.slice(0, -1);
  }
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
