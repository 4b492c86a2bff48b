import type { Metadata } from "next";
import { AdminPage } from "@/components/admin/admin-page";
import { MatterRow, NewMatterForm } from "@/components/mailbox/matter-forms";
import { Card } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { listMatters } from "@/lib/mailbox/matters";

export const metadata: Metadata = { title: "办事事项" };

export default async function MattersPage() {
  const user = await requireAdminPage("/admin/matters");
  const matters = await listMatters({ actor: user });

  return (
    <AdminPage
      title="办事事项"
      description="居民办事预约时可选的事项，按排序从小到大列出；「其他」总是列在最后，由居民填写具体事项。已有预约的事项不能删除，可取消「受理中」停止预约。"
    >
      <Card title="新增办事事项">
        <NewMatterForm />
      </Card>
      <Card title="事项列表">
        <ul className="divide-y divide-stone-200">
          {matters.map((matter) => (
            <MatterRow key={matter.id} matter={matter} />
          ))}
        </ul>
      </Card>
    </AdminPage>
  );
}
