"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { educationOptions, genderOptions } from "@/lib/accounts/options";

export type OptionalProfileField =
  "email" | "gender" | "ethnicity" | "education" | "workplace" | "address";

type Props = {
  register: (name: OptionalProfileField) => UseFormRegisterReturn;
  errors: Partial<Record<OptionalProfileField, string | undefined>>;
};

/** The 选填 fields of every profile: 电子邮件, 性别, 民族, 学历, 工作单位, 联系地址. */
export function OptionalProfileFields({ register, errors }: Props) {
  return (
    <>
      <Field
        id="email"
        label="电子邮件"
        hint="填写后可用于登录和找回登录密码"
        error={errors.email}
        optional
      >
        {(control) => (
          <Input {...register("email")} {...control} type="email" autoComplete="email" />
        )}
      </Field>
      <div className="grid gap-5 sm:grid-cols-3">
        <Field id="gender" label="性别" error={errors.gender} optional>
          {(control) => (
            <Select
              {...register("gender")}
              {...control}
              placeholder="请选择"
              options={[...genderOptions]}
            />
          )}
        </Field>
        <Field id="ethnicity" label="民族" error={errors.ethnicity} optional>
          {(control) => <Input {...register("ethnicity")} {...control} maxLength={20} />}
        </Field>
        <Field id="education" label="学历" error={errors.education} optional>
          {(control) => (
            <Select
              {...register("education")}
              {...control}
              placeholder="请选择"
              options={[...educationOptions]}
            />
          )}
        </Field>
      </div>
      <Field id="workplace" label="工作单位" error={errors.workplace} optional>
        {(control) => (
          <Input
            {...register("workplace")}
            {...control}
            autoComplete="organization"
            maxLength={100}
          />
        )}
      </Field>
      <Field id="address" label="联系地址" error={errors.address} optional>
        {(control) => (
          <Input
            {...register("address")}
            {...control}
            autoComplete="street-address"
            maxLength={200}
          />
        )}
      </Field>
    </>
  );
}
