import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";

type Holder = { pid: number; host: string; command: string; since: string; token: string };

export class FolderLockedError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: Holder,
  ) {
    super(
      `内嵌数据库目录 ${folder} 正被另一个进程占用：进程 ${holder.pid}` +
        `（${holder.command}，主机 ${holder.host}，自 ${holder.since} 起）。` +
        "请先停止该进程再试，或设置 DATABASE_URL 改用 PostgreSQL 服务器。",
    );
    this.name = "FolderLockedError";
  }
}

function readHolder(lockPath: string): Holder | undefined {
  try {
    return JSON.parse(fs.readFileSync(lockPath, "utf8")) as Holder;
  } catch {
    return undefined;
  }
}

function isAlive(holder: Holder) {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite takes no lock of its own, and two processes writing one folder lose data silently.
 * This takes an exclusive lock file beside the folder (created with O_EXCL, so exactly one
 * process wins) and returns the function that releases it. A lock left by a dead process on
 * this host is taken over.
 */
export function lockFolder(folder: string): () => void {
  const lockPath = `${path.resolve(folder)}.lock`;
  const holder: Holder = {
    pid: process.pid,
    host: os.hostname(),
    command: path.basename(process.argv[1] ?? process.argv0) || "node",
    since: new Date().toISOString(),
    token: randomUUID(),
  };
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, JSON.stringify(holder), { flag: "wx" });
      return () => releaseLock(lockPath, holder.token);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const current = readHolder(lockPath);
    if (current && isAlive(current)) throw new FolderLockedError(folder, current);
    // The holder is gone: remove its lock only if it is still the one we judged stale.
    const again = readHolder(lockPath);
    if (again?.token === current?.token) fs.rmSync(lockPath, { force: true });
  }
  const last = readHolder(lockPath);
  throw last ? new FolderLockedError(folder, last) : new Error(`无法锁定目录 ${folder}`);
}

function releaseLock(lockPath: string, token: string) {
  if (readHolder(lockPath)?.token === token) fs.rmSync(lockPath, { force: true });
}
