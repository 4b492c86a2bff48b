"use server";

import {
  communityDecisionSchema,
  mergeCommunitySchema,
  mergeTargetSearchSchema,
  renameCommunitySchema,
} from "@/lib/admin/forms";
import { adminAction } from "@/lib/actions";
import { approveCommunity, mergeCommunity, renameCommunity } from "@/lib/communities/decisions";
import { searchMergeTargets } from "@/lib/communities/proposals";

export const approveCommunityAction = adminAction(
  communityDecisionSchema,
  async ({ communityId }, user) => {
    await approveCommunity({ actor: user, communityId });
  },
);

export const renameCommunityAction = adminAction(renameCommunitySchema, async (input, user) => {
  await renameCommunity({ actor: user, ...input });

  return { name: input.name };
});

export const searchMergeTargetsAction = adminAction(mergeTargetSearchSchema, (input, user) =>
  searchMergeTargets({ actor: user, ...input }),
);

export const mergeCommunityAction = adminAction(mergeCommunitySchema, (input, user) =>
  mergeCommunity({ actor: user, ...input }),
);
