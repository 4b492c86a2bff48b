import { z } from "zod";

const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

export const userDecisionSchema = z.object({ userId: id("请选择用户") });

export const communityDecisionSchema = z.object({ communityId: id("请选择社区") });

export const renameCommunitySchema = communityDecisionSchema.extend({
  name: z.string().trim().min(2, "社区名称至少 2 个字").max(50, "社区名称不能超过 50 个字"),
});

export const mergeCommunitySchema = communityDecisionSchema.extend({
  targetId: id("请从搜索结果中选择要并入的社区"),
});

export const mergeTargetSearchSchema = communityDecisionSchema.extend({
  query: z.string().trim().max(50, "搜索内容不能超过 50 个字"),
});
