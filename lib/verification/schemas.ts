import { z } from "zod";

/** The reviewer's form to approve: the last four characters of the ID number read off the scan. */
export const approveVerificationSchema = z.object({
  verificationId: z.coerce.number().int().positive(),
  idLastFour: z
    .string()
    .trim()
    .regex(/^\d{3}[\dXx]$/, "请输入身份证扫描件上身份证号的后四位（数字，最后一位可为 X）"),
});

export const MAX_REJECT_REASON_LENGTH = 500;

export const rejectVerificationSchema = z.object({
  verificationId: z.coerce.number().int().positive(),
  reason: z
    .string()
    .trim()
    .min(1, "请填写不通过的原因，申请人会看到它")
    .max(MAX_REJECT_REASON_LENGTH, `原因不能超过 ${MAX_REJECT_REASON_LENGTH} 个字`),
});

export type ApproveVerificationInput = z.input<typeof approveVerificationSchema>;
export type RejectVerificationInput = z.input<typeof rejectVerificationSchema>;
