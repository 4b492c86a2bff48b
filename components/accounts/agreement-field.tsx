"use client";

import { type ComponentProps, useState } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog } from "@/components/ui/dialog";
import { AgreementText } from "./agreement-text";

/** The agreement box, with the agreement readable in a dialog before ticking it. */
export function AgreementField({
  inputProps,
  error,
}: {
  /** The checkbox's props, e.g. `form.register("agreement")`. */
  inputProps: Omit<ComponentProps<"input">, "type" | "id">;
  error?: string;
}) {
  const [isOpen, setIsOpen] = useState(false);

  return (
    <div className="flex flex-col gap-1">
      <Checkbox
        id="agreement"
        label="我已阅读并同意《用户注册协议》"
        error={error}
        {...inputProps}
      />
      <Button variant="link" className="self-start" onClick={() => setIsOpen(true)}>
        阅读《用户注册协议》
      </Button>
      <Dialog
        open={isOpen}
        onClose={() => setIsOpen(false)}
        title="用户注册协议"
        footer={<Button onClick={() => setIsOpen(false)}>我已阅读</Button>}
      >
        <div className="max-h-[60vh] overflow-y-auto pr-1">
          <AgreementText />
        </div>
      </Dialog>
    </div>
  );
}
