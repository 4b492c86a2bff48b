import { z } from "zod";
import { BOOKING_WINDOW_DAYS, chinaDate, isRealDateString } from "./dates";

/** The forms of the mailbox, checked in the browser and again by the domain functions. */

export const LETTER_TITLE_MAX = 100;
export const LETTER_CONTENT_MAX = 5000;
export const ANSWER_MAX = 5000;
export const DESCRIPTION_MAX = 1000;
export const OTHER_MATTER_MAX = 50;
export const MATTER_NAME_MAX = 30;

/** The value of the booking form's last option, whose matter the resident types. */
export const OTHER_MATTER = "other";
export const OTHER_MATTER_LABEL = "其他";

const contactPhonePattern = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;
const contactPhoneMessage = "请输入 11 位手机号，或带区号的固定电话，如 010-12345678";

function requiredText(emptyMessage: string, max: number, tooLongMessage: string) {
  return z
    .string({ error: emptyMessage })
    .trim()
    .min(1, emptyMessage)
    .max(max, `${tooLongMessage}不能超过 ${max} 个字`);
}

const optionalContactPhone = z
  .string()
  .trim()
  .refine((value) => value === "" || contactPhonePattern.test(value), contactPhoneMessage)
  .nullish()
  .transform((value) => value || null);

export const letterSchema = z.object({
  title: requiredText("请填写信件标题", LETTER_TITLE_MAX, "标题"),
  content: requiredText("请填写信件内容", LETTER_CONTENT_MAX, "内容"),
  contactPhone: optionalContactPhone,
});

export const appointmentSchema = z
  .object({
    matter: z
      .string({ error: "请选择办事事项" })
      .refine((value) => value === OTHER_MATTER || /^[1-9]\d{0,9}$/.test(value), "请选择办事事项"),
    otherMatter: z
      .string()
      .trim()
      .max(OTHER_MATTER_MAX, `具体事项不能超过 ${OTHER_MATTER_MAX} 个字`)
      .optional(),
    preferredDate: z.string({ error: "请选择预约日期" }).trim().min(1, "请选择预约日期"),
    halfDay: z.enum(["morning", "afternoon"], { error: "请选择上午或下午" }),
    description: requiredText("请填写办事说明", DESCRIPTION_MAX, "办事说明"),
    contactPhone: z
      .string({ error: "请填写联系电话" })
      .trim()
      .min(1, "请填写联系电话")
      .regex(contactPhonePattern, contactPhoneMessage),
  })
  .superRefine((value, context) => {
    if (value.matter === OTHER_MATTER && !value.otherMatter) {
      context.addIssue({ code: "custom", path: ["otherMatter"], message: "请填写具体事项" });
    }
    const problem = preferredDateProblem(value.preferredDate);
    if (problem) context.addIssue({ code: "custom", path: ["preferredDate"], message: problem });
  });

/** A preferred date from today to 60 days ahead, in China time. */
export function preferredDateProblem(value: string, now: Date = new Date()): string | null {
  if (value === "") return "请选择预约日期";
  if (!isRealDateString(value)) return "请按 年-月-日 选择预约日期";
  if (value < chinaDate(0, now)) return "预约日期不能早于今天";
  if (value > chinaDate(BOOKING_WINDOW_DAYS, now)) {
    return `只能预约 ${BOOKING_WINDOW_DAYS} 天以内的日期`;
  }

  return null;
}

export const replySchema = z.object({
  reply: requiredText("请填写回复正文", ANSWER_MAX, "回复正文"),
});

export const resultSchema = z.object({
  result: requiredText("请填写处理结果", ANSWER_MAX, "处理结果"),
});

const itemId = z.number().int().positive();

/** The secretary's forms carry the item they answer. */
export const replyFormSchema = replySchema.extend({ letterId: itemId });
export const resultFormSchema = resultSchema.extend({ appointmentId: itemId });

const sortOrderMessage = "排序请填写 0–9999 的整数";

export const matterSchema = z.object({
  name: requiredText("请填写事项名称", MATTER_NAME_MAX, "事项名称").refine(
    (value) => value !== OTHER_MATTER_LABEL,
    "「其他」总是列在最后，无需添加",
  ),
  sortOrder: z.coerce
    .number({ error: sortOrderMessage })
    .int(sortOrderMessage)
    .min(0, sortOrderMessage)
    .max(9999, sortOrderMessage),
  isActive: z.boolean(),
});

export const matterUpdateSchema = matterSchema.extend({ matterId: itemId });
export const matterDeleteSchema = z.object({ matterId: itemId });

export type LetterInput = z.input<typeof letterSchema>;
export type AppointmentInput = z.input<typeof appointmentSchema>;
export type MatterInput = z.input<typeof matterSchema>;
