"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { CheckboxGroup } from "@/components/ui/checkbox";
import { volunteerCategoryOptions, volunteerTimeOptions } from "@/lib/accounts/options";

type Props = {
  register: (name: "times" | "categories") => UseFormRegisterReturn;
  errors: { times?: string; categories?: string };
};

/** 服务时间 and 服务类别, several of each. */
export function VolunteerChoices({ register, errors }: Props) {
  return (
    <>
      <CheckboxGroup
        id="times"
        name="times"
        legend="服务时间"
        hint="可多选"
        options={[...volunteerTimeOptions]}
        orientation="horizontal"
        error={errors.times}
        inputProps={register("times")}
        required
      />
      <CheckboxGroup
        id="categories"
        name="categories"
        legend="服务类别"
        hint="可多选"
        options={[...volunteerCategoryOptions]}
        orientation="horizontal"
        error={errors.categories}
        inputProps={register("categories")}
        required
      />
    </>
  );
}
