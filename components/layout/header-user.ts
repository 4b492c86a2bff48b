import "server-only";

/** What the header shows of the signed-in user. */
export type HeaderUser = { name: string; isVerifiedSecretary: boolean };

/**
 * The signed-in user for the header, or null for a visitor.
 * Accounts will fill this from the session; until then every visitor is signed out.
 */
export async function getHeaderUser(): Promise<HeaderUser | null> {
  return null;
}
