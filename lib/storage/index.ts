import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import type { DriverName, StorageDriver } from "./driver";
import { localDriver } from "./local";
import { uploadthingDriver } from "./uploadthing";

const drivers = new Map<DriverName, StorageDriver>();

/** The driver a file row names; files stay readable after the configured driver changes. */
export function storageFor(name: DriverName): StorageDriver {
  const existing = drivers.get(name);
  if (existing) return existing;

  let driver: StorageDriver;
  if (name === "uploadthing") {
    const token = env().UPLOADTHING_TOKEN;
    if (!token) throw new Error("UPLOADTHING_TOKEN 未设置，无法读取存放在 uploadthing 的文件");
    driver = uploadthingDriver(token);
  } else {
    driver = localDriver();
  }
  drivers.set(name, driver);

  return driver;
}

/** Where new files go: uploadthing when UPLOADTHING_TOKEN is set, else the local disk. */
export function currentStorage(): StorageDriver {
  return storageFor(env().UPLOADTHING_TOKEN ? "uploadthing" : "local");
}

/** Removes objects whose database rows never came to be; a failure is logged, not thrown. */
export async function discardObjects(driver: StorageDriver, keys: string[]) {
  for (const key of keys) {
    try {
      await driver.delete(key);
    } catch (error) {
      logger.error("could not remove an orphaned file", { driver: driver.name, error });
    }
  }
}

/** Test hook: forget the drivers so the next call reads the environment again. */
export function resetStorageForTests() {
  drivers.clear();
}

export type { ByteRange, DriverName, StorageDriver } from "./driver";
