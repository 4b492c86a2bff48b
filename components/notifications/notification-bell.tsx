import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { getSessionUser } from "@/lib/auth/session";
import { countUnread } from "@/lib/notifications/read";

const countClasses = cx(
  "min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-bold text-white",
);

/** The header's link to 通知 with the number not yet read; nothing for a visitor. */
export async function NotificationBell() {
  const user = await getSessionUser();
  if (!user) return null;
  const unread = await countUnread({ actor: user });

  return (
    <Link
      href="/notifications"
      aria-label={unread > 0 ? `通知，${unread} 条未读` : "通知"}
      className={buttonClasses({ variant: "ghost", size: "sm", className: "relative" })}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5">
        <path
          d="M12 3a6 6 0 0 0-6 6v3.5L4.5 16h15L18 12.5V9a6 6 0 0 0-6-6Zm-2 15a2 2 0 0 0 4 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.8"
          strokeLinejoin="round"
        />
      </svg>
      <span className="hidden sm:inline">通知</span>
      {unread > 0 && (
        <span aria-hidden="true" className={countClasses}>
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
