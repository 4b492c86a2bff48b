import type { Metadata } from "next";
import { PageShell } from "@/components/layout/page-shell";
import { RegionCascade } from "@/components/regions/region-cascade";
import { Card } from "@/components/ui/card";
import { listChildRegions } from "@/lib/regions/queries";
import { districtCodeSchema } from "@/lib/regions/schemas";

export const metadata: Metadata = { title: "社区导航" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** 社区导航: choose province, city and district, then find the community and open its page. */
export default async function CommunityNavigationPage({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const { district } = await searchParams;
  // ?district=110101 opens the page on that district (the breadcrumbs of a community link here).
  const chosen = districtCodeSchema.safeParse(district);
  const provinces = await listChildRegions(null);

  return (
    <PageShell
      title="社区导航"
      description="依次选择省份、城市和区县，再搜索社区名称，即可进入社区主页。"
    >
      <Card>
        <RegionCascade
          mode="navigate"
          provinces={provinces}
          defaultValue={chosen.success ? { districtCode: chosen.data } : undefined}
        />
      </Card>
    </PageShell>
  );
}
