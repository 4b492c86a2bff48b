import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/lib/accounts/authenticate";
import { redeemSignInToken } from "@/lib/accounts/sign-in-token";
import { isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { authSecret } from "@/lib/secrets";

declare module "next-auth" {
  interface Session {
    sessionVersion?: number;
  }
  interface User {
    sessionVersion?: number;
  }
}

/** Carries the domain error code (never a detail) to the login action. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super(code);
    this.code = code;
  }
}

function clientAddress(headers: Headers) {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  logger: {
    // A refused sign-in is an everyday event, not a server fault: no stack trace for it.
    error(error) {
      if (error instanceof CredentialsSignin) logger.info("sign-in refused", { code: error.code });
      else logger.error("auth failed", { error });
    },
  },
  providers: [
    Credentials({
      credentials: {
        identifier: {},
        password: {},
        captchaId: {},
        captcha: {},
      },
      async authorize(credentials, request) {
        try {
          const user = await authenticate({
            identifier: String(credentials.identifier ?? ""),
            password: String(credentials.password ?? ""),
            captchaId: String(credentials.captchaId ?? ""),
            captcha: String(credentials.captcha ?? ""),
            address: clientAddress(request.headers),
          });
          return { id: String(user.id), name: user.realName, sessionVersion: user.sessionVersion };
        } catch (error) {
          if (isAppError(error)) throw new SignInRefused(error.code);
          throw error;
        }
      },
    }),
    // Signs in right after registration step 1 or a password change, without a second
    // captcha: the token is made by the server within the same request (see sign-in-token.ts).
    Credentials({
      id: "sign-in-token",
      credentials: { token: {} },
      async authorize(credentials) {
        const user = await redeemSignInToken(String(credentials.token ?? ""));
        if (!user) return null;

        return { id: String(user.id), name: user.realName, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sessionVersion = user.sessionVersion;
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.sessionVersion = token.sessionVersion as number | undefined;
      return session;
    },
  },
}));
