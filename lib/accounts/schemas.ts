import { z } from "zod";
import {
  educationOptions,
  genderOptions,
  positionOptions,
  userTypeOptions,
  valuesOf,
  volunteerCategoryOptions,
  volunteerTimeOptions,
} from "./options";
import {
  idNumberProblem,
  normalizeIdNumber,
  partyMonthProblem,
  passwordProblem,
  phoneProblem,
} from "./validation";

/** The forms of registration and of 个人资料: one schema each, checked in the browser and again
 * on the server. */

type Problem = (value: string) => string | null;

function checkedBy(problem: Problem) {
  return (value: string, context: z.RefinementCtx) => {
    const message = problem(value);
    if (message) context.addIssue({ code: "custom", message });
  };
}

function requiredText(message: string, max: number) {
  return z.string({ error: message }).trim().min(1, message).max(max, `不得超过 ${max} 个字`);
}

function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, `不得超过 ${max} 个字`)
    .transform((value) => value || undefined)
    .optional();
}

function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.literal(""), z.enum(values)], { error: "请从列表中选择" })
    .transform((value) => value || undefined)
    .optional();
}

const agreementMessage = "请阅读并同意《用户注册协议》";
const agreement = z
  .union([z.boolean(), z.literal("on")], { error: agreementMessage })
  .refine((value) => value !== false, agreementMessage)
  .transform(() => true as const);

const optionalEmail = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value || undefined)
  .pipe(z.email("电子邮件格式不正确，如 name@example.com").max(254).optional())
  .optional();

const phone = z.string({ error: "请输入手机号" }).trim().superRefine(checkedBy(phoneProblem));
const password = z.string({ error: "请输入密码" }).superRefine(checkedBy(passwordProblem));

const partyJoinedMonth = z
  .string({ error: "请填写入党年月" })
  .trim()
  .superRefine(checkedBy(partyMonthProblem));

const idNumber = z
  .string({ error: "请输入身份证号" })
  .superRefine(checkedBy(idNumberProblem))
  .transform(normalizeIdNumber);

/** 所在社区 from the cascade's list, or a missing community typed in full (a proposal). */
const optionalCommunityId = z
  .union([z.number(), z.string()])
  .transform((value) => (value === "" ? undefined : Number(value)))
  .pipe(z.number().int().positive("请选择所在社区").optional())
  .optional();

export const registerSchema = z
  .object({
    districtCode: z.string().trim().optional(),
    communityId: optionalCommunityId,
    newCommunityName: optionalText(60),
    phone,
    realName: requiredText("请填写真实姓名", 30),
    password,
    captchaId: z.string({ error: "请刷新验证码" }),
    captcha: requiredText("请输入验证码", 10),
  })
  .superRefine((value, context) => {
    const issue = (field: string, message: string) =>
      context.addIssue({ code: "custom", path: [field], message });
    if (value.communityId !== undefined) return;
    if (value.newCommunityName === undefined) {
      issue("communityId", "请选择所在社区；列表中没有时，请填写社区全称");
      return;
    }
    if (!value.districtCode) issue("districtCode", "请选择所在区县");
    if (value.newCommunityName.length < 3) {
      issue("newCommunityName", "请填写社区全称，如 多福巷社区居委会");
    }
  });

export const userTypeSchema = z.object({
  type: z.enum(valuesOf(userTypeOptions), { error: "请选择用户类型" }),
});

/** The optional fields every profile offers (选填). */
const optionalProfileFields = {
  email: optionalEmail,
  gender: optionalChoice(valuesOf(genderOptions)),
  ethnicity: optionalText(20),
  education: optionalChoice(valuesOf(educationOptions)),
  workplace: optionalText(100),
  address: optionalText(200),
};

export const residentProfileSchema = z.object({
  type: z.literal("resident"),
  ...optionalProfileFields,
  agreement,
});

export const partyMemberProfileSchema = z.object({
  type: z.literal("party_member"),
  partyJoinedMonth,
  ...optionalProfileFields,
  agreement,
});

export const secretaryProfileSchema = z.object({
  type: z.literal("secretary"),
  position: z.enum(valuesOf(positionOptions), { error: "请选择社区岗位" }),
  partyJoinedMonth,
  idNumber,
  ...optionalProfileFields,
  agreement,
});

/** Step 3: the form of the type chosen at step 2; the server checks the type is still that. */
export const profileSchema = z.discriminatedUnion("type", [
  residentProfileSchema,
  partyMemberProfileSchema,
  secretaryProfileSchema,
]);

const volunteerChoices = {
  times: z
    .array(z.enum(valuesOf(volunteerTimeOptions), { error: "请从列表中选择服务时间" }), {
      error: "请选择服务时间",
    })
    .min(1, "请至少选择一项服务时间"),
  categories: z
    .array(z.enum(valuesOf(volunteerCategoryOptions), { error: "请从列表中选择服务类别" }), {
      error: "请选择服务类别",
    })
    .min(1, "请至少选择一项服务类别"),
};

/** Step 4: 注册成为社区志愿者. */
export const volunteerSchema = z.object({ ...volunteerChoices, agreement });

/** 【修改社区服务资料】 */
export const volunteerProfileSchema = z.object(volunteerChoices);

/** 【修改基本资料】: needs the current password. */
export const basicProfileSchema = z.object({
  ...optionalProfileFields,
  currentPassword: requiredText("请输入当前登录密码", 200),
});

/** 【修改登录密码】 */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "请输入原密码" }).min(1, "请输入原密码"),
    newPassword: password,
    confirmPassword: z.string({ error: "请再次输入新密码" }).min(1, "请再次输入新密码"),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "两次输入的新密码不一致",
  });

export type RegisterInput = z.output<typeof registerSchema>;
export type ProfileInput = z.output<typeof profileSchema>;
export type VolunteerInput = z.output<typeof volunteerProfileSchema>;
export type BasicProfileInput = z.output<typeof basicProfileSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
