"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/actions";
import { approveVerification, rejectVerification } from "@/lib/verification/decide";
import { approveVerificationSchema, rejectVerificationSchema } from "@/lib/verification/schemas";

// The review page then shows the outcome and the next application; the counts change too.
function refreshConsole() {
  revalidatePath("/admin", "layout");
}

export const approveVerificationAction = adminAction(
  approveVerificationSchema,
  async (input, user) => {
    await approveVerification({ actor: user, ...input });
    refreshConsole();
  },
);

export const rejectVerificationAction = adminAction(
  rejectVerificationSchema,
  async (input, user) => {
    await rejectVerification({ actor: user, ...input });
    refreshConsole();
  },
);
