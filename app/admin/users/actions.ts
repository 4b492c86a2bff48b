"use server";

import { revalidatePath } from "next/cache";
import { disableUser, enableUser, makeAdmin, resetUserPassword } from "@/lib/admin/manage-users";
import { userDecisionSchema } from "@/lib/admin/forms";
import { adminAction } from "@/lib/actions";

export const disableUserAction = adminAction(userDecisionSchema, async ({ userId }, user) => {
  await disableUser({ actor: user, userId });
  revalidatePath("/admin/users");
});

export const enableUserAction = adminAction(userDecisionSchema, async ({ userId }, user) => {
  await enableUser({ actor: user, userId });
  revalidatePath("/admin/users");
});

/** Returns the temporary password once, for the admin's eyes; it is never stored in clear. */
export const resetPasswordAction = adminAction(userDecisionSchema, async ({ userId }, user) =>
  resetUserPassword({ actor: user, userId }),
);

export const makeAdminAction = adminAction(userDecisionSchema, async ({ userId }, user) => {
  await makeAdmin({ actor: user, userId });
  revalidatePath("/admin/users");
});
