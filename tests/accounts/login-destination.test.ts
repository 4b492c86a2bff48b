import { beforeAll, describe, expect, it } from "vitest";
import {
  loginDestination,
  registrationResumePath,
  safeCallbackPath,
  signInRefusal,
} from "@/lib/accounts/login";
import { defaultMessage } from "@/lib/errors";
import { describeOnDatabases } from "../database";
import { createCommunity, createUser, useTestSecret } from "./login-fixtures";

beforeAll(useTestSecret);

describe("the page after login", () => {
  it("keeps only paths of this site", () => {
    expect(safeCallbackPath("/user/letters?tab=done#top")).toBe("/user/letters?tab=done#top");
    for (const unsafe of [
      "https://evil.example/",
      "//evil.example/user",
      "/\\evil.example",
      "javascript:alert(1)",
      "user",
      "/login",
      "/login?callbackUrl=/user",
      "",
      undefined,
    ]) {
      expect(safeCallbackPath(unsafe)).toBeNull();
    }
  });

  it("resumes each unfinished registration step", () => {
    expect(registrationResumePath(2)).toBe("/register/type");
    expect(registrationResumePath(3)).toBe("/register/profile");
    expect(registrationResumePath(4)).toBe("/register/volunteer");
    expect(registrationResumePath(5)).toBeNull();
  });

  it("turns each refusal code into its message; anything else into the generic one", () => {
    for (const code of ["INVALID_CREDENTIALS", "ACCOUNT_LOCKED", "ACCOUNT_DISABLED"] as const) {
      expect(signInRefusal(code).message).toBe(defaultMessage(code));
    }
    expect(signInRefusal("CAPTCHA_INVALID").fieldErrors).toHaveProperty("captcha");
    expect(signInRefusal("SOMETHING_ELSE").code).toBe("INTERNAL");
  });
});

describeOnDatabases("login destination", (database) => {
  it("sends an unfinished registration back to its step, others where they came from", async () => {
    const { db } = database();
    const communityId = await createCommunity(db);
    const halfway = await createUser(db, communityId, { registrationStep: 3, type: null });
    const finished = await createUser(db, communityId);

    expect(await loginDestination({ identifier: halfway.phone, callbackUrl: "/user/x" })).toBe(
      "/register/profile",
    );
    expect(await loginDestination({ identifier: finished.email, callbackUrl: "/user/x" })).toBe(
      "/user/x",
    );
    expect(
      await loginDestination({ identifier: finished.phone, callbackUrl: "https://evil.example" }),
    ).toBe("/user");
  });
});
