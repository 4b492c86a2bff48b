"use client";

import { useEffect, useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { cx, focusRing } from "@/components/ui/cx";
import { describedBy, FieldError, fieldIds } from "@/components/ui/field";
import { imageMessages, MAX_IMAGE_BYTES, sniffImageKind } from "@/lib/storage/image-kind";

/** The same first check the server makes, so a wrong file is named at once; the server decides. */
export async function checkScan(file: File): Promise<string | undefined> {
  if (file.size === 0) return imageMessages.missing;
  if (file.size > MAX_IMAGE_BYTES) return imageMessages.tooLarge;
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());

  return sniffImageKind(head) ? undefined : imageMessages.wrongType;
}

/** One scan to upload: the file picker, 【预览】 of the chosen image, and its message. */
export function ScanField({
  name,
  label,
  hint,
  file,
  error,
  disabled,
  onChange,
}: {
  name: string;
  label: string;
  hint: string;
  file: File | null;
  error?: string;
  disabled?: boolean;
  onChange: (file: File | null) => void;
}) {
  const id = `scan-${name}`;
  const previewId = useId();
  const previewUrl = useMemo(() => (file ? URL.createObjectURL(file) : undefined), [file]);
  const [isPreviewOpen, setPreviewOpen] = useState(false);
  const [brokenUrl, setBrokenUrl] = useState<string>();
  const isBroken = previewUrl !== undefined && brokenUrl === previewUrl;

  useEffect(() => {
    if (!previewUrl) return;

    return () => URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  return (
    <div className="flex flex-col gap-2 rounded-lg border border-stone-200 bg-stone-50 p-4">
      <label htmlFor={id} className="font-medium text-stone-900">
        {label}
        <span aria-hidden="true" className="ml-1 text-red-700">
          *
        </span>
      </label>
      <p id={fieldIds(id).hintId} className="text-sm text-stone-600">
        {hint}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          name={name}
          type="file"
          accept=".jpg,.jpeg,.gif,.png,image/jpeg,image/gif,image/png"
          required
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hasError: Boolean(error), hasHint: true })}
          onChange={(event) => {
            setPreviewOpen(false);
            onChange(event.target.files?.[0] ?? null);
          }}
          className={cx(
            "min-w-0 flex-1 text-sm text-stone-800 file:mr-3 file:min-h-10 file:cursor-pointer",
            "file:rounded-md file:border file:border-stone-500 file:bg-white file:px-3",
            "file:text-stone-900 hover:file:bg-stone-100",
            focusRing,
          )}
        />
        <Button
          variant="secondary"
          size="sm"
          disabled={!file}
          aria-label={`预览${label}`}
          aria-expanded={isPreviewOpen}
          aria-controls={previewId}
          onClick={() => setPreviewOpen((open) => !open)}
        >
          预览
        </Button>
      </div>
      <FieldError id={id} error={error} />
      <div id={previewId} hidden={!isPreviewOpen || !file}>
        {file && previewUrl && !isBroken && (
          // eslint-disable-next-line @next/next/no-img-element -- a local object URL, not a route
          <img
            src={previewUrl}
            alt={`${label}预览`}
            onError={() => setBrokenUrl(previewUrl)}
            className="max-h-96 w-auto rounded-md border border-stone-300 bg-white"
          />
        )}
        {isBroken && <p className="text-sm text-red-700">{imageMessages.corrupt}</p>}
      </div>
    </div>
  );
}
