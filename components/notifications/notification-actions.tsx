"use client";

import { useState, useTransition } from "react";
import { markAllReadAction, markReadAction } from "@/app/notifications/actions";
import { Button } from "@/components/ui/button";

export function MarkReadButton({
  notificationId,
  title,
}: {
  notificationId: number;
  title: string;
}) {
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        size="sm"
        variant="secondary"
        isLoading={isPending}
        aria-label={`将“${title}”标为已读`}
        onClick={() =>
          startTransition(async () => {
            const result = await markReadAction({ notificationId });
            setError(result.ok ? undefined : result.message);
          })
        }
      >
        标为已读
      </Button>
      {error && <p className="text-sm text-red-700">{error}</p>}
    </div>
  );
}

export function MarkAllReadButton() {
  const [message, setMessage] = useState<string>();
  const [isPending, startTransition] = useTransition();

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        isLoading={isPending}
        onClick={() =>
          startTransition(async () => {
            const result = await markAllReadAction({});
            setMessage(result.ok ? `已将 ${result.data.count} 条通知标为已读` : result.message);
          })
        }
      >
        全部标为已读
      </Button>
      <p role="status" className="text-sm text-stone-700">
        {message}
      </p>
    </div>
  );
}
