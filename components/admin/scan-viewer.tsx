"use client";

import Image from "next/image";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { cx, focusRing } from "@/components/ui/cx";
import { Dialog } from "@/components/ui/dialog";

export type Scan = { label: string; url: string };

const zoomSteps = [1, 1.5, 2, 3];

/** Both scans side by side; a click opens one full size in a dialog with zoom buttons. */
export function ScanViewer({ scans }: { scans: Scan[] }) {
  const [open, setOpen] = useState<Scan | null>(null);
  const [step, setStep] = useState(0);
  const zoom = zoomSteps[step] ?? 1;

  function show(scan: Scan) {
    setStep(0);
    setOpen(scan);
  }

  return (
    <>
      <ul className="grid gap-4 sm:grid-cols-2">
        {scans.map((scan) => (
          <li key={scan.url}>
            <figure className="flex flex-col gap-2">
              <button
                type="button"
                onClick={() => show(scan)}
                aria-label={`放大查看${scan.label}`}
                className={cx(
                  "block cursor-zoom-in overflow-hidden rounded-md border border-stone-300",
                  "bg-stone-100",
                  focusRing,
                )}
              >
                <Image
                  src={scan.url}
                  alt={scan.label}
                  width={800}
                  height={560}
                  unoptimized
                  className="h-64 w-full object-contain"
                />
              </button>
              <figcaption className="text-sm text-stone-700">{scan.label}（点击放大）</figcaption>
            </figure>
          </li>
        ))}
      </ul>
      <Dialog
        open={open !== null}
        onClose={() => setOpen(null)}
        title={open?.label ?? ""}
        className="max-w-5xl!"
        footer={
          <>
            <Button
              variant="secondary"
              onClick={() => setStep((value) => Math.max(0, value - 1))}
              disabled={step === 0}
            >
              缩小
            </Button>
            <Button
              variant="secondary"
              onClick={() => setStep((value) => Math.min(zoomSteps.length - 1, value + 1))}
              disabled={step === zoomSteps.length - 1}
            >
              放大
            </Button>
          </>
        }
      >
        <p className="text-sm text-stone-600" aria-live="polite">
          当前 {Math.round(zoom * 100)}%
        </p>
        <div
          tabIndex={0}
          role="region"
          aria-label={`${open?.label ?? ""}（可滚动查看）`}
          className={cx("max-h-[70vh] overflow-auto rounded-md bg-stone-100", focusRing)}
        >
          {open && (
            <Image
              src={open.url}
              alt={open.label}
              width={1600}
              height={1120}
              unoptimized
              style={{ width: `${zoom * 100}%`, maxWidth: "none", height: "auto" }}
            />
          )}
        </div>
      </Dialog>
    </>
  );
}
