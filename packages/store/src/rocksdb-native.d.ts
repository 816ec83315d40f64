/** The part of rocksdb-native (v3) the store uses; the package ships no types. */
declare module 'rocksdb-native' {
  namespace RocksDB {
    interface IteratorRange {
      gt?: Buffer;
      gte?: Buffer;
      lt?: Buffer;
      lte?: Buffer;
      reverse?: boolean;
      limit?: number;
      values?: boolean;
      /** Entries fetched per native call (default 8). */
      capacity?: number;
    }

    interface BatchOptions {
      capacity?: number;
      /** Frees the batch after its flush; otherwise call destroy(). */
      autoDestroy?: boolean;
    }

    class ReadBatch {
      get(key: Buffer): Promise<Buffer | null>;
      flush(): Promise<void>;
      tryFlush(): void;
      destroy(): void;
    }

    class WriteBatch {
      put(key: Buffer, value: Buffer): Promise<void>;
      tryPut(key: Buffer, value: Buffer): void;
      tryDelete(key: Buffer): void;
      tryDeleteRange(start: Buffer, end: Buffer): void;
      flush(): Promise<void>;
      destroy(): void;
    }

    interface Options {
      columnFamilies?: string[];
      createIfMissing?: boolean;
      maxBackgroundJobs?: number;
      writeBufferSize?: number;
      bytesPerSync?: number;
    }
  }

  class RocksDB {
    constructor(path: string, opts?: RocksDB.Options);
    ready(): Promise<void>;
    close(opts?: { force?: boolean }): Promise<void>;
    read(opts?: RocksDB.BatchOptions): RocksDB.ReadBatch;
    write(opts?: RocksDB.BatchOptions): RocksDB.WriteBatch;
    get(key: Buffer): Promise<Buffer | null>;
    iterator(range: RocksDB.IteratorRange): AsyncIterable<{ key: Buffer; value: Buffer }>;
    flush(): Promise<void>;
    readonly opened: boolean;
    readonly closed: boolean;
  }

  export = RocksDB;
}
