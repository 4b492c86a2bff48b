import { AppError } from "@/lib/errors";

export type Role = "resident" | "party_member" | "secretary" | "verified_secretary" | "admin";

/** What a policy needs to know of the acting user; `SessionUser` satisfies it. */
export type Actor = {
  id: number;
  role: "user" | "admin";
  type: "resident" | "party_member" | "secretary" | null;
  communityId: number;
  isVerified: boolean;
  registrationStep: number;
};

type Rule = { roles: readonly Role[]; scope?: "community" | "owner" | "owner-or-admin" };

const everyone: readonly Role[] = ["resident", "party_member", "secretary", "admin"];

/** Permissions as data: who may do what, and which ownership rule applies on top. */
export const permissions = {
  "profile:edit": { roles: everyone, scope: "owner" },
  "letter:write": { roles: everyone },
  "letter:read-own": { roles: everyone, scope: "owner" },
  "letter:handle": { roles: ["verified_secretary"], scope: "community" },
  "appointment:book": { roles: everyone },
  "appointment:read-own": { roles: everyone, scope: "owner" },
  "appointment:handle": { roles: ["verified_secretary"], scope: "community" },
  "verification:submit": { roles: ["secretary"], scope: "owner" },
  "verification:review": { roles: ["admin"] },
  "file:read": { roles: everyone, scope: "owner-or-admin" },
  "admin:access": { roles: ["admin"] },
  "user:manage": { roles: ["admin"] },
  "community:manage": { roles: ["admin"] },
  "audit:read": { roles: ["admin"] },
  "matter:manage": { roles: ["admin"] },
} as const satisfies Record<string, Rule>;

export type Permission = keyof typeof permissions;
export type Scope = { communityId?: number; ownerId?: number };

export function rolesOf(actor: Actor | null): Role[] {
  if (!actor) return [];
  const roles: Role[] = [];
  if (actor.type) roles.push(actor.type);
  if (actor.type === "secretary" && actor.isVerified) roles.push("verified_secretary");
  if (actor.role === "admin") roles.push("admin");

  return roles;
}

function denial(actor: Actor | null, permission: Permission, scope: Scope): AppError | null {
  if (!actor) return new AppError("UNAUTHENTICATED");
  const rule: Rule = permissions[permission];
  const roles = rolesOf(actor);

  if (!rule.roles.some((role) => roles.includes(role))) {
    const needsVerification =
      rule.roles.includes("verified_secretary") && actor.type === "secretary" && !actor.isVerified;
    return new AppError(needsVerification ? "NOT_VERIFIED" : "FORBIDDEN");
  }
  if (rule.scope === "community" && scope.communityId !== actor.communityId) {
    return new AppError("FORBIDDEN");
  }
  if (rule.scope === "owner" && scope.ownerId !== undefined && scope.ownerId !== actor.id) {
    return new AppError("FORBIDDEN");
  }
  if (rule.scope === "owner-or-admin" && scope.ownerId !== actor.id && !roles.includes("admin")) {
    return new AppError("FORBIDDEN");
  }

  return null;
}

export function can(actor: Actor | null, permission: Permission, scope: Scope = {}): boolean {
  return denial(actor, permission, scope) === null;
}

/** Throws the matching AppError (UNAUTHENTICATED, NOT_VERIFIED or FORBIDDEN) when denied. */
export function assertCan(
  actor: Actor | null,
  permission: Permission,
  scope: Scope = {},
): asserts actor is Actor {
  const error = denial(actor, permission, scope);
  if (error) throw error;
}
