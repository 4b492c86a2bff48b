import type { Metadata } from "next";
import { AgreementText } from "@/components/accounts/agreement-text";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "用户注册协议" };

export default function AgreementPage() {
  return (
    <PageShell title="用户注册协议" width="narrow">
      <Card>
        <AgreementText />
      </Card>
    </PageShell>
  );
}
