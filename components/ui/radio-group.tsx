import type { ComponentProps } from "react";
import {
  type ChoiceOption,
  choiceInputClasses,
  choiceLabelClasses,
  ChoiceText,
  Fieldset,
  type FieldsetProps,
  orientationClasses,
} from "./fieldset";

export type RadioGroupProps = Omit<FieldsetProps, "children"> & {
  name: string;
  options: ChoiceOption[];
  defaultValue?: string;
  orientation?: "vertical" | "horizontal";
  /** Spread on every radio, e.g. react-hook-form's register(name). */
  inputProps?: Omit<ComponentProps<"input">, "type" | "id" | "value">;
};

/** Native radios under one legend: arrow keys move between them, as users expect. */
export function RadioGroup({
  name,
  options,
  defaultValue,
  orientation = "vertical",
  inputProps,
  ...fieldset
}: RadioGroupProps) {
  return (
    <Fieldset {...fieldset}>
      <div className={orientationClasses(orientation)}>
        {options.map((option) => {
          const optionId = `${fieldset.id}-${option.value}`;

          return (
            <label key={option.value} htmlFor={optionId} className={choiceLabelClasses}>
              <input
                id={optionId}
                type="radio"
                name={name}
                value={option.value}
                defaultChecked={defaultValue === option.value}
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
