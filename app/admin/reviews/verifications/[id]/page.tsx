import { notFound } from "next/navigation";
import { AdminPage } from "@/components/admin/admin-page";
import { ScanViewer } from "@/components/admin/scan-viewer";
import { VerificationDecision } from "@/components/admin/verification-decision";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { listPendingItems } from "@/lib/admin/pending";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/mailbox/dates";
import {
  getVerificationForReview,
  type VerificationForReview,
} from "@/lib/verification/review-queries";

export const metadata = { title: "身份认证审核" };

const statusWords = { pending: "待审核", approved: "已通过", rejected: "已驳回" } as const;

async function loadVerification(actor: Awaited<ReturnType<typeof requireAdminPage>>, id: number) {
  try {
    return await getVerificationForReview({ actor, verificationId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

function Outcome({ review, nextHref }: { review: VerificationForReview; nextHref: string | null }) {
  const when = review.reviewedAt ? formatDateTime(review.reviewedAt) : "";
  const next = nextHref ? (
    <ButtonLink href={nextHref}>审核下一条</ButtonLink>
  ) : (
    <ButtonLink href="/admin/reviews" variant="secondary">
      返回审核列表
    </ButtonLink>
  );

  return (
    <div className="flex flex-col items-start gap-3">
      {review.status === "approved" ? (
        <Alert tone="success" title="已通过认证">
          审核人：{review.reviewerName}，{when}。申请人已成为认证社区书记。
        </Alert>
      ) : (
        <Alert tone="warning" title="已驳回">
          原因：{review.rejectReason}（审核人：{review.reviewerName}，{when}）
        </Alert>
      )}
      {next}
    </div>
  );
}

export default async function VerificationReviewPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const { id } = await params;
  const actor = await requireAdminPage(`/admin/reviews/verifications/${id}`);
  const verificationId = Number(id);
  if (!Number.isInteger(verificationId) || verificationId < 1) notFound();
  const review = await loadVerification(actor, verificationId);
  const pending = await listPendingItems({ actor, kind: "verification" });
  const nextHref = pending.items.find((item) => item.id !== String(review.id))?.href ?? null;
  const { applicant } = review;
  const facts: Array<[string, string]> = [
    ["真实姓名", applicant.realName],
    ["手机号", applicant.phoneMasked],
    ["身份证号", applicant.idNumberMasked ?? "未登记"],
    ["所在地区", applicant.regionPath.join(" / ")],
    ["所在社区", applicant.communityName],
    ["社区岗位", applicant.position ?? "未填写"],
    ["入党年月", applicant.partyJoinedMonth ?? "未填写"],
    ["注册时间", formatDateTime(applicant.registeredAt)],
    ["提交时间", formatDateTime(review.submittedAt)],
    ["状态", statusWords[review.status]],
  ];

  return (
    <AdminPage
      title={`身份认证审核：${applicant.realName}`}
      description="对照两份扫描件核对申请人信息，然后通过或驳回。"
    >
      {review.status === "pending" ? (
        <Alert tone="info">
          通过前请在身份证扫描件上读出身份证号的后四位并填写；号码不一致时无法通过。
        </Alert>
      ) : (
        <Outcome review={review} nextHref={nextHref} />
      )}
      <Card title="扫描件">
        <ScanViewer
          scans={[
            { label: "身份证", url: review.idCardUrl },
            { label: "认证文档", url: review.documentUrl },
          ]}
        />
      </Card>
      <Card title="申请人信息">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {facts.map(([term, value]) => (
            <div key={term} className="flex flex-col">
              <dt className="text-sm text-stone-600">{term}</dt>
              <dd className="text-stone-900">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      {review.status === "pending" && <VerificationDecision verificationId={review.id} />}
      {review.earlier.length > 0 && (
        <Card title="以往申请">
          <ul className="flex flex-col gap-2">
            {review.earlier.map((entry) => (
              <li key={entry.id}>
                {formatDateTime(entry.submittedAt)} 提交，{statusWords[entry.status]}
                {entry.rejectReason ? `：${entry.rejectReason}` : ""}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </AdminPage>
  );
}
