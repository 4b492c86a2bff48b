import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { VerifiedBadge } from "@/components/ui/verified-badge";
import { verificationPath } from "@/components/verification/verification-entry";
import { VerificationUploadForm } from "@/components/verification/verification-upload-form";
import { formatChinaDate } from "@/lib/verification/format";
import { getVerificationState, type VerificationState } from "@/lib/verification/state";
import { requireUserCenterUser } from "../guard";

export const metadata: Metadata = { title: "身份认证" };

const steps = [
  "下载【认证文档】（PDF，已填好您的注册信息），打印后核对，本人签名、填写日期，并加盖社区公章。",
  "将本人【身份证】和签好的【认证文档】扫描成图片：支持 jpg、jpeg、gif、png 格式，每张不超过 2M。",
  "分别选择两张扫描件，点击【预览】核对清晰无误后，点击【提交】上传。",
  "工作人员将在 1–3 个工作日内审核，结果会以站内通知告诉您。",
];

function Steps() {
  return (
    <Card title="我要认证身份">
      <ol className="flex list-decimal flex-col gap-2 pl-6 leading-relaxed text-stone-800">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <a
        href="/api/verification/document"
        download
        className={buttonClasses({ variant: "secondary", className: "mt-4" })}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 fill-current">
          <path d="M9 2h2v8.6l3.3-3.3 1.4 1.4L10 14.4 4.3 8.7l1.4-1.4L9 10.6V2ZM3 16h14v2H3v-2Z" />
        </svg>
        认证文档
      </a>
    </Card>
  );
}

function Status({ state }: { state: VerificationState }) {
  if (state.status === "approved") {
    return (
      <Card>
        <p className="flex items-center gap-2 text-xl font-semibold text-stone-900">
          社区书记
          <VerifiedBadge size="lg" />
        </p>
        <p className="mt-2 text-stone-700">
          您的身份
          {state.reviewedAt ? `已于${formatChinaDate(state.reviewedAt)}` : "已"}
          通过认证，可以在【公务处理】中处理书记信箱和办事预约。
        </p>
      </Card>
    );
  }
  if (state.status === "pending") {
    return (
      <Alert tone="info" title="认证申请审核中">
        {`您于${formatChinaDate(state.submittedAt)}提交了认证申请。`}
        工作人员将在 1–3 个工作日内完成审核，请耐心等待。
      </Alert>
    );
  }
  if (state.status === "rejected") {
    return (
      <Alert tone="warning" title="认证未通过">
        <p>原因：{state.reason}</p>
        <p>请按原因修改后，重新上传扫描件并提交。</p>
      </Alert>
    );
  }

  return null;
}

export default async function VerificationPage() {
  const user = await requireUserCenterUser(verificationPath);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">身份认证</h1>
      {user.type === "secretary" ? (
        <SecretaryVerification state={await getVerificationState({ actor: user })} />
      ) : (
        <Alert tone="info" title="无需身份认证">
          身份认证只适用于社区书记。您的用户类型不是社区书记，可以直接使用用户中心的其他功能。
        </Alert>
      )}
    </div>
  );
}

function SecretaryVerification({ state }: { state: VerificationState }) {
  return (
    <>
      <Status state={state} />
      {state.canSubmit && (
        <>
          <Steps />
          <Card title={state.status === "rejected" ? "重新提交扫描件" : "上传扫描件"}>
            <VerificationUploadForm />
          </Card>
        </>
      )}
    </>
  );
}
