"use client";

import { useState, useTransition } from "react";
import {
  disableUserAction,
  enableUserAction,
  makeAdminAction,
  resetPasswordAction,
} from "@/app/admin/users/actions";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Dialog } from "@/components/ui/dialog";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/actions";

const passwordClasses = cx(
  "rounded-md border border-stone-400 bg-stone-50 px-4 py-3",
  "font-mono text-2xl tracking-widest select-all",
);

type Decision = "disable" | "enable" | "reset" | "makeAdmin";

type DecisionText = {
  button: string;
  title: string;
  explain: (name: string) => string;
  confirm: string;
  done: string;
  variant: ButtonVariant;
};

const texts: Record<Decision, DecisionText> = {
  disable: {
    button: "停用",
    title: "停用账号",
    explain: (name) => `停用后，${name} 会立即退出所有登录，在重新启用前无法登录。`,
    confirm: "确认停用",
    done: "账号已停用",
    variant: "danger",
  },
  enable: {
    button: "启用",
    title: "启用账号",
    explain: (name) => `启用后，${name} 可以重新登录。`,
    confirm: "确认启用",
    done: "账号已启用",
    variant: "primary",
  },
  reset: {
    button: "重置密码",
    title: "重置登录密码",
    explain: (name) =>
      `将为 ${name} 生成一个临时密码，并使其退出所有登录。临时密码只显示这一次，请当面或电话告知本人。`,
    confirm: "确认重置",
    done: "密码已重置",
    variant: "danger",
  },
  makeAdmin: {
    button: "设为管理员",
    title: "设为管理员",
    explain: (name) =>
      `${name} 将可以进入管理后台，审核身份、管理用户和社区。此操作会记入审计日志。`,
    confirm: "确认设为管理员",
    done: "已设为管理员",
    variant: "primary",
  },
};

const actions: Record<Decision, (input: { userId: number }) => Promise<ActionResult<unknown>>> = {
  disable: disableUserAction,
  enable: enableUserAction,
  reset: resetPasswordAction,
  makeAdmin: makeAdminAction,
};

export function UserRowActions({
  userId,
  name,
  available,
}: {
  userId: number;
  name: string;
  /** The decisions that make sense for this account, in the order they are offered. */
  available: Decision[];
}) {
  const [open, setOpen] = useState<Decision | null>(null);
  const [error, setError] = useState<string>();
  const [password, setPassword] = useState<string>();
  const [done, setDone] = useState<string>();
  const [isPending, startTransition] = useTransition();
  const text = open ? texts[open] : null;

  function start(decision: Decision) {
    setError(undefined);
    setPassword(undefined);
    setOpen(decision);
  }

  function confirm(decision: Decision) {
    startTransition(async () => {
      const result = await actions[decision]({ userId });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setDone(texts[decision].done);
      const data = result.data as { temporaryPassword?: string } | undefined;
      if (data?.temporaryPassword) setPassword(data.temporaryPassword);
      else setOpen(null);
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {available.map((decision) => (
        <Button
          key={decision}
          size="sm"
          variant={decision === "disable" ? "danger" : "secondary"}
          onClick={() => start(decision)}
        >
          {texts[decision].button}
        </Button>
      ))}
      <p role="status" className="basis-full text-sm text-green-800">
        {done}
      </p>
      <Dialog
        open={open !== null}
        onClose={() => setOpen(null)}
        title={text?.title ?? ""}
        description={text && !password ? text.explain(name) : undefined}
        footer={
          open && !password ? (
            <>
              <Button variant="secondary" onClick={() => setOpen(null)}>
                取消
              </Button>
              <Button
                variant={texts[open].variant}
                isLoading={isPending}
                loadingText="正在提交…"
                onClick={() => confirm(open)}
              >
                {texts[open].confirm}
              </Button>
            </>
          ) : (
            <Button onClick={() => setOpen(null)}>完成</Button>
          )
        }
      >
        <FormMessage message={error} />
        {password && (
          <div className="flex flex-col gap-2">
            <p>{name} 的临时密码（只显示这一次，关闭后无法再查看）：</p>
            <output aria-label="临时密码" className={passwordClasses}>
              {password}
            </output>
          </div>
        )}
      </Dialog>
    </div>
  );
}
