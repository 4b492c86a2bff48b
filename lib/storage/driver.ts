/** Which backend holds a file's bytes; recorded on each file row. */
export type DriverName = "local" | "uploadthing";

/** An inclusive byte range, as HTTP Range requests express it. */
export type ByteRange = { start: number; end: number };

/**
 * Where private files live. Keys are chosen by the driver (never from user input), so a stored
 * name can never point outside the storage area.
 */
export interface StorageDriver {
  readonly name: DriverName;
  /** Stores the bytes and returns the new key. */
  put(bytes: Uint8Array, contentType: string): Promise<string>;
  /** The bytes of a key, or of one range of them. */
  get(key: string, range?: ByteRange): Promise<ReadableStream<Uint8Array>>;
  /** Removes a key; removing one that is already gone is not an error. */
  delete(key: string): Promise<void>;
  /** A short-lived URL the browser may fetch directly, for drivers that have one. */
  signedUrl?(key: string, expiresInSeconds: number): Promise<string>;
}
