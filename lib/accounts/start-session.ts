import "server-only";
import { signIn } from "@/auth";
import { createSignInToken, type SignInPurpose } from "./sign-in-token";

/** Signs this browser in to an account the server has just vouched for (no captcha again). */
export async function startSession(options: {
  userId: number;
  sessionVersion: number;
  purpose: SignInPurpose;
}) {
  await signIn("sign-in-token", { token: createSignInToken(options), redirect: false });
}
