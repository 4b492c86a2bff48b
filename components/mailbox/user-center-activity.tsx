import Link from "next/link";
import { Card } from "@/components/ui/card";
import { StatusBadge } from "@/components/ui/badge";
import type { Actor } from "@/lib/auth/policy";
import { recentActivity, type RecentItem } from "@/lib/mailbox/activity";
import { formatDateTime } from "@/lib/mailbox/dates";

const linkClasses = "text-brand-700 underline underline-offset-4 hover:decoration-2";

function RecentList({
  heading,
  items,
  hrefOf,
  empty,
  moreHref,
  moreLabel,
}: {
  heading: string;
  items: RecentItem[];
  hrefOf: (id: number) => string;
  empty: string;
  moreHref: string;
  moreLabel: string;
}) {
  return (
    <section aria-label={heading} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-stone-900">{heading}</h3>
        <Link href={moreHref} className={linkClasses}>
          {moreLabel}
        </Link>
      </div>
      {items.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-200">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="flex min-w-0 flex-col">
                <Link href={hrefOf(item.id)} className={`${linkClasses} break-words`}>
                  {item.title}
                </Link>
                <span className="text-sm text-stone-600">
                  {item.sender && `${item.sender.name}（${item.sender.phone}） · `}
                  {formatDateTime(item.createdAt)}
                </span>
              </span>
              <StatusBadge status={item.status} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The right side of the user center (guide chapter 三): a verified secretary sees the
 * community's recent letters and appointment requests, pending first; others see their own.
 */
export async function UserCenterActivity({ user }: { user: Actor }) {
  const activity = await recentActivity({ actor: user });
  const isCommunity = activity.scope === "community";

  return (
    <Card title={isCommunity ? "本社区近期信息" : "我的近期信件与预约"}>
      <div className="flex flex-col gap-6">
        <RecentList
          heading={isCommunity ? "居民邮件" : "我的信件"}
          items={activity.letters}
          hrefOf={(id) => (isCommunity ? `/user/official/letters/${id}` : `/user/letters/${id}`)}
          empty={isCommunity ? "本社区还没有居民来信。" : "您还没有给书记写过信。"}
          moreHref={isCommunity ? "/user/official/letters" : "/user/letters"}
          moreLabel={isCommunity ? "处理书记信箱" : "我的信件"}
        />
        <RecentList
          heading={isCommunity ? "办事预约" : "我的预约"}
          items={activity.appointments}
          hrefOf={(id) =>
            isCommunity ? `/user/official/appointments/${id}` : `/user/appointments/${id}`
          }
          empty={isCommunity ? "本社区还没有办事预约。" : "您还没有办事预约。"}
          moreHref={isCommunity ? "/user/official/appointments" : "/user/appointments"}
          moreLabel={isCommunity ? "处理办事预约" : "我的预约"}
        />
      </div>
    </Card>
  );
}
