import type { ComponentProps, ReactNode } from "react";
import { describedBy, FieldError } from "./field";
import {
  type ChoiceOption,
  choiceInputClasses,
  choiceLabelClasses,
  ChoiceText,
  Fieldset,
  type FieldsetProps,
  orientationClasses,
} from "./fieldset";

export type CheckboxProps = Omit<ComponentProps<"input">, "type"> & {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
};

/** One checkbox with its own label, e.g. the agreement box; the whole row is clickable. */
export function Checkbox({ id, label, description, error, className, ...props }: CheckboxProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className={choiceLabelClasses}>
        <input
          id={id}
          type="checkbox"
          className={choiceInputClasses}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hasError: Boolean(error) })}
          {...props}
        />
        <ChoiceText label={label} description={description} />
      </label>
      <FieldError id={id} error={error} />
    </div>
  );
}

export type CheckboxGroupProps = Omit<FieldsetProps, "children"> & {
  name: string;
  options: ChoiceOption[];
  defaultValues?: string[];
  orientation?: "vertical" | "horizontal";
  /** Spread on every checkbox, e.g. react-hook-form's register(name). */
  inputProps?: Omit<ComponentProps<"input">, "type" | "id" | "value">;
};

/** Several checkboxes under one legend, submitted as repeated values of one name. */
export function CheckboxGroup({
  name,
  options,
  defaultValues,
  orientation = "vertical",
  inputProps,
  ...fieldset
}: CheckboxGroupProps) {
  return (
    <Fieldset {...fieldset}>
      <div className={orientationClasses(orientation)}>
        {options.map((option) => {
          const optionId = `${fieldset.id}-${option.value}`;

          return (
            <label key={option.value} htmlFor={optionId} className={choiceLabelClasses}>
              <input
                id={optionId}
                type="checkbox"
                name={name}
                value={option.value}
                defaultChecked={defaultValues?.includes(option.value)}
                aria-invalid={fieldset.error ? true : undefined}
                className={choiceInputClasses}
                {...inputProps}
              />
              <ChoiceText label={option.label} description={option.description} />
            </label>
          );
        })}
      </div>
    </Fieldset>
  );
}
