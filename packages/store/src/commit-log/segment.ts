/**
 * One commit-log segment file, named by the global log position of its first byte. Writes
 * append at the tail; reads are positional (pread), so readers and the writer share one fd.
 *
 * A segment is closed only when no read is in flight: closing an fd under a queued pread would
 * let the number be reused by another file and the read return its bytes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const NAME_DIGITS = 20;
const SUFFIX = '.log';
const NAME_RE = /^(\d{20})\.log$/;

export function segmentFileName(base: number): string {
  return String(base).padStart(NAME_DIGITS, '0') + SUFFIX;
}

/** The base position a segment file name encodes, or null for other files. */
export function parseSegmentFileName(name: string): number | null {
  const m = NAME_RE.exec(name);
  if (m === null) return null;
  const base = Number(m[1]);
  return Number.isSafeInteger(base) ? base : null;
}

function fsWrite(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    fs.write(fd, buf, offset, length, position, (err, written) => (err ? reject(err) : resolve(written)));
  });
}

function fsRead(fd: number, buf: Buffer, offset: number, length: number, position: number): Promise<number> {
  return new Promise((resolve, reject) => {
    fs.read(fd, buf, offset, length, position, (err, n) => (err ? reject(err) : resolve(n)));
  });
}

// Callback fs, not FileHandle: a FileHandle that is garbage collected closes its fd, and the
// segment keeps only the number.
function fsOpen(file: string, flags: number): Promise<number> {
  return new Promise((resolve, reject) => {
    fs.open(file, flags, 0o644, (err, fd) => (err ? reject(err) : resolve(fd)));
  });
}

function fsFstat(fd: number): Promise<fs.Stats> {
  return new Promise((resolve, reject) => {
    fs.fstat(fd, (err, st) => (err ? reject(err) : resolve(st)));
  });
}

function fsDatasync(fd: number): Promise<void> {
  return new Promise((resolve, reject) => {
    fs.fdatasync(fd, (err) => (err ? reject(err) : resolve()));
  });
}

/** Makes a directory entry (a created or deleted segment) durable. */
export async function syncDirectory(dir: string): Promise<void> {
  const fd = await fs.promises.open(dir, 'r');
  try {
    await fd.sync();
  } finally {
    await fd.close();
  }
}

export class Segment {
  /** Bytes of valid records; the next write goes here. */
  size: number;
  /** Wall clock of the last write, ms: retention's measure of age. */
  lastWriteMs: number;
  private readers = 0;
  private closeWaiter: (() => void) | null = null;
  private closed = false;

  private constructor(
    readonly base: number,
    readonly path: string,
    private readonly fd: number,
    size: number,
    lastWriteMs: number,
  ) {
    this.size = size;
    this.lastWriteMs = lastWriteMs;
  }

  get end(): number {
    return this.base + this.size;
  }

  static async create(dir: string, base: number, now: number): Promise<Segment> {
    const file = path.join(dir, segmentFileName(base));
    const fd = await fsOpen(file, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_EXCL);
    return new Segment(base, file, fd, 0, now);
  }

  /** Opens an existing segment; its size is what recovery later proves valid. */
  static async open(dir: string, base: number): Promise<Segment> {
    const file = path.join(dir, segmentFileName(base));
    const fd = await fsOpen(file, fs.constants.O_RDWR);
    const st = await fsFstat(fd);
    return new Segment(base, file, fd, st.size, st.mtimeMs);
  }

  /** Appends `buf[offset, offset+length)` at the tail. The caller serializes writes. */
  async append(buf: Buffer, offset: number, length: number, now: number): Promise<void> {
    this.assertOpen();
    let done = 0;
    while (done < length) {
      const n = await fsWrite(this.fd, buf, offset + done, length - done, this.size + done);
      if (n <= 0) throw new Error(`short write to ${this.path}`);
      done += n;
    }
    this.size += length;
    this.lastWriteMs = now;
  }

  /**
   * Reads `length` bytes at `offset` within the segment into `buf` at `bufOffset`. Returns the
   * bytes read (fewer only at the end of the file).
   */
  async read(offset: number, buf: Buffer, bufOffset: number, length: number): Promise<number> {
    this.assertOpen();
    this.readers++;
    try {
      let done = 0;
      while (done < length) {
        const n = await fsRead(this.fd, buf, bufOffset + done, length - done, offset + done);
        if (n === 0) break;
        done += n;
      }
      return done;
    } finally {
      this.readers--;
      if (this.readers === 0 && this.closeWaiter !== null) this.closeWaiter();
    }
  }

  sync(): Promise<void> {
    this.assertOpen();
    return fsDatasync(this.fd);
  }

  /** Cuts the file back to `size` bytes (a torn tail, or a failed write's partial bytes). */
  async truncate(size: number): Promise<void> {
    this.assertOpen();
    await new Promise<void>((resolve, reject) => fs.ftruncate(this.fd, size, (err) => (err ? reject(err) : resolve())));
    this.size = size;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.readers > 0) await new Promise<void>((resolve) => (this.closeWaiter = resolve));
    await new Promise<void>((resolve, reject) => fs.close(this.fd, (err) => (err ? reject(err) : resolve())));
  }

  /** Unlinks the file; open reads finish first (the fd stays valid after unlink). */
  async remove(): Promise<void> {
    await fs.promises.unlink(this.path);
    await this.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`segment ${this.path} is closed`);
  }
}
