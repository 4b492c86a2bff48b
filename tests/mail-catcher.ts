import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type CaughtMail = { to: string[]; subject: string; text: string };

/** Quoted-printable to text: `=XX` is a byte, `=` at a line end joins the lines. */
function decodeQuotedPrintable(text: string) {
  const joined = text.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index++) {
    const hex = joined.slice(index + 1, index + 3);
    if (joined[index] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(joined.charCodeAt(index));
    }
  }

  return Buffer.from(bytes).toString();
}

/** Decodes the body of a single-part message as nodemailer writes it. */
function decodeBody(headers: string, body: string) {
  const encoding = /^content-transfer-encoding:\s*([\w-]+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString();

  return encoding === "quoted-printable" ? decodeQuotedPrintable(body) : body;
}

/** The subject, with its encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) decoded. */
function decodeSubject(headers: string) {
  const raw = /^subject:\s*(.*(?:\r?\n[ \t].*)*)/im.exec(headers)?.[1] ?? "";
  const words = /=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi;

  return raw
    .replace(/\r?\n[ \t]/g, "")
    .replace(words, (_match, kind: string, text: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString()
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
}

/**
 * A real SMTP server on this machine that keeps every mail it receives, for tests of the
 * mails the portal sends. Plain SMTP without TLS or login, on 127.0.0.1 only.
 */
export async function startMailCatcher(port = 0) {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString();
        const split = raw.search(/\r?\n\r?\n/);
        const headers = raw.slice(0, split);
        const body = raw.slice(split).trim();
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        mails.push({ to, subject: decodeSubject(headers), text: decodeBody(headers, body) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: listening } = server.server.address() as AddressInfo;

  /** The newest mail to `address`, waiting for it up to `timeout` ms. */
  async function waitForMail(address: string, timeout = 10_000): Promise<CaughtMail> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const mail = mails.findLast((candidate) => candidate.to.includes(address));
      if (mail) return mail;
      if (Date.now() > deadline) throw new Error("no mail arrived for the address");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  return {
    url: `smtp://127.0.0.1:${listening}`,
    mails,
    waitForMail,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The reset link in a mail's text. */
export function resetLinkIn(text: string): URL {
  const match = /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(text);
  if (!match) throw new Error("the mail holds no reset link");

  return new URL(match[0]);
}
