import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterEach, beforeEach, expect, it } from "vitest";

type Message = { state: string; pid?: number; count?: number; message?: string };

const childScript = path.join(import.meta.dirname, "folder-lock-child.ts");
const running: ChildProcess[] = [];
let tempDir: string;
let folder: string;

beforeEach(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-lock-"));
  folder = path.join(tempDir, "pglite");
});

afterEach(() => {
  for (const child of running.splice(0)) child.kill("SIGKILL");
  fs.rmSync(tempDir, { recursive: true, force: true });
});

/** Starts a process that opens the folder through db/client.ts and writes `rows` rows. */
function openInChild(rows: number) {
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", childScript, String(rows)], {
    cwd: path.resolve(import.meta.dirname, ".."),
    env: { ...inherited, PGLITE_DIR: folder, DATA_DIR: tempDir, LOG_LEVEL: "warn" },
  });
  running.push(child);
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();

  const next = async (): Promise<Message> => {
    const line = await lines.next();
    if (line.done) throw new Error(`the child ended without a word: ${errors}`);

    return JSON.parse(line.value as string) as Message;
  };
  const send = (command: string) => child.stdin.write(`${command}\n`);

  return { pid: child.pid, next, send, exited, kill: () => child.kill("SIGKILL") };
}

it("refuses a second process naming the holder, and keeps every row the holder wrote", async () => {
  const holder = openInChild(40);
  expect(await holder.next()).toEqual({ state: "ready", pid: holder.pid, count: 40 });

  const second = openInChild(1);
  const refusal = await second.next();
  expect(refusal.state).toBe("refused");
  expect(refusal.message).toContain(`进程 ${holder.pid}`);
  expect(await second.exited).toBe(3);

  holder.send("write 60");
  expect(await holder.next()).toEqual({ state: "written", count: 100 });
  holder.send("close");
  expect(await holder.next()).toEqual({ state: "closed" });
  expect(await holder.exited).toBe(0);
  expect(fs.existsSync(`${folder}.lock`)).toBe(false);

  const reopened = openInChild(0);
  expect(await reopened.next()).toEqual({ state: "ready", pid: reopened.pid, count: 100 });
  reopened.send("close");
  expect(await reopened.exited).toBe(0);
}, 120_000);

it("takes over the lock of a holder that died without releasing it", async () => {
  const holder = openInChild(5);
  expect(await holder.next()).toMatchObject({ state: "ready", count: 5 });
  holder.kill();
  await holder.exited;
  const stale = JSON.parse(fs.readFileSync(`${folder}.lock`, "utf8")) as { pid: number };
  expect(stale.pid).toBe(holder.pid);

  const successor = openInChild(1);
  expect(await successor.next()).toEqual({ state: "ready", pid: successor.pid, count: 6 });
  const taken = JSON.parse(fs.readFileSync(`${folder}.lock`, "utf8")) as { pid: number };
  expect(taken.pid).toBe(successor.pid);
  successor.send("close");
  expect(await successor.exited).toBe(0);
}, 120_000);
