"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { imageMessages } from "@/lib/storage/image-kind";
import { checkScan, ScanField } from "./scan-field";
import { uploadScans } from "./upload";

type Field = "idCard" | "document";

const fields: Array<{ name: Field; label: string; hint: string }> = [
  {
    name: "idCard",
    label: "身份证",
    hint: "本人身份证正面扫描件，号码清晰可辨；jpg、jpeg、gif、png 格式，大小不超过 2M。",
  },
  {
    name: "document",
    label: "认证文档",
    hint: "签名并加盖社区公章的认证文档扫描件；jpg、jpeg、gif、png 格式，大小不超过 2M。",
  },
];

/** 【身份证】 and 【认证文档】 with 【预览】, then 【提交】 with a progress bar while uploading. */
export function VerificationUploadForm() {
  const router = useRouter();
  const [files, setFiles] = useState<Record<Field, File | null>>({ idCard: null, document: null });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [progress, setProgress] = useState<number | null>(null);
  const [isDone, setDone] = useState(false);
  const isUploading = progress !== null;

  async function choose(field: Field, file: File | null) {
    setFiles((current) => ({ ...current, [field]: file }));
    const problem = file ? await checkScan(file) : undefined;
    setErrors((current) => ({ ...current, [field]: problem }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    const { idCard, document } = files;
    const missing = {
      idCard: idCard ? errors.idCard : imageMessages.missing,
      document: document ? errors.document : imageMessages.missing,
    };
    if (!idCard || !document || missing.idCard || missing.document) {
      setErrors(missing);
      setFormError("请按提示重新选择扫描件后再提交");
      return;
    }

    setProgress(0);
    const result = await uploadScans({ idCard, document }, setProgress);
    setProgress(null);
    if (!result.ok) {
      setErrors({ idCard: result.fieldErrors.idCard, document: result.fieldErrors.document });
      setFormError(result.message);
      return;
    }
    setDone(true);
    router.refresh();
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <FormMessage tone="success" message={isDone ? "提交成功，请等待审核" : undefined} />
      <div className="grid gap-4 lg:grid-cols-2">
        {fields.map((field) => (
          <ScanField
            key={field.name}
            {...field}
            file={files[field.name]}
            error={errors[field.name]}
            disabled={isUploading || isDone}
            onChange={(file) => void choose(field.name, file)}
          />
        ))}
      </div>
      {isUploading && (
        <div className="flex items-center gap-3" aria-live="polite">
          <progress
            value={progress}
            max={100}
            aria-label="上传进度"
            className="accent-brand-700 h-3 w-full max-w-md"
          />
          <span className="text-sm text-stone-700 tabular-nums">正在上传 {progress}%</span>
        </div>
      )}
      <div>
        <Button type="submit" isLoading={isUploading} loadingText="正在上传…" disabled={isDone}>
          提交
        </Button>
      </div>
    </form>
  );
}
