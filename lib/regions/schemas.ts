import { z } from "zod";

/** Official codes: 2 digits a province, 4 a city, 6 a district, 9 a street. */
export const regionCodeSchema = z
  .string()
  .regex(/^(\d{2}|\d{4}|\d{6}|\d{9})$/, "地区代码应为 2、4、6 或 9 位数字");

export const districtCodeSchema = z.string().regex(/^\d{6}$/, "请选择所在地区的区县");

export const communitySearchSchema = z.object({
  q: z.string().trim().max(30, "搜索词不超过 30 个字").default(""),
  limit: z.coerce.number().int().min(1).max(200).default(100),
});

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

/**
 * What the region cascade submits inside a form: an existing community (communityId), or the
 * full name of a missing one (newCommunityName) in the chosen district.
 */
export const communityChoiceSchema = z
  .object({
    districtCode: z.string({ error: "请选择所在地区" }).pipe(districtCodeSchema),
    communityId: z.preprocess(
      (value) => (value === "" || value === null ? undefined : value),
      z.coerce.number().int("请从列表中选择社区").positive("请从列表中选择社区").optional(),
    ),
    newCommunityName: optionalText.pipe(
      z
        .string()
        .min(4, "请填写社区完整名称，如“东华门社区居委会”")
        .max(40, "社区名称不超过 40 个字")
        .optional(),
    ),
  })
  .refine((value) => value.communityId !== undefined || value.newCommunityName !== undefined, {
    message: "请选择所在社区，或填写新社区全称",
    path: ["communityId"],
  });

export type CommunityChoice = z.output<typeof communityChoiceSchema>;
