import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { visibleSections } from "@/components/user-center/menu";
import { UserCenterMenu } from "@/components/user-center/user-center-menu";
import { requireUserCenterUser } from "./guard";

export default async function UserCenterLayout({ children }: { children: ReactNode }) {
  const user = await requireUserCenterUser();

  return (
    <div
      className={cx(
        "mx-auto grid w-full max-w-6xl gap-6 px-4 py-8",
        "md:grid-cols-[14rem_minmax(0,1fr)]",
      )}
    >
      <aside>
        <p className="mb-3 text-xl font-bold text-stone-900">用户中心</p>
        <UserCenterMenu sections={visibleSections(user)} />
      </aside>
      <div className="flex min-w-0 flex-col gap-6">{children}</div>
    </div>
  );
}
