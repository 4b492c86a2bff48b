"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions";
import { createMatter, deleteMatter, updateMatter } from "@/lib/mailbox/matters";
import { matterDeleteSchema, matterSchema, matterUpdateSchema } from "@/lib/mailbox/schemas";

export const createMatterAction = adminAction(matterSchema, async (input, user) => {
  await createMatter({ actor: user, input });
  revalidatePath("/admin/matters");
});

export const updateMatterAction = adminAction(matterUpdateSchema, async (input, user) => {
  const { matterId, ...matter } = input;
  await updateMatter({ actor: user, matterId, input: matter });
  revalidatePath("/admin/matters");
});

export const deleteMatterAction = adminAction(matterDeleteSchema, async (input, user) => {
  await deleteMatter({ actor: user, matterId: input.matterId });
  revalidatePath("/admin/matters");
});
