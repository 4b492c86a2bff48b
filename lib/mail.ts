import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  /** The one link the mail is about, written to the log in development when no SMTP is set. */
  link?: string;
};

/**
 * Sends through the SMTP server of SMTP_URL. Without one, development logs the mail's link so
 * that password recovery can still be tried; production only warns. The address never goes
 * into the log.
 */
export async function sendMail({ to, subject, text, link }: MailMessage) {
  const settings = env();
  if (!settings.SMTP_URL) {
    if (settings.NODE_ENV === "production") {
      logger.warn("mail not sent: SMTP_URL is not set", { subject });
    } else {
      logger.info("mail not sent: SMTP_URL is not set; its link follows", { subject, link });
    }
    return;
  }

  const transport = nodemailer.createTransport(settings.SMTP_URL);
  try {
    await transport.sendMail({ from: settings.MAIL_FROM, to, subject, text });
  } finally {
    transport.close();
  }
}
