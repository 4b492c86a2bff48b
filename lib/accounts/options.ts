/** The fixed choices of the account forms: stored as English keys, shown with the guide's words. */

export const userTypeOptions = [
  {
    value: "resident",
    label: "社区居民",
    description: "居住在本社区，可给书记写信、预约办事、分享信息和参加志愿服务",
  },
  {
    value: "party_member",
    label: "党员（在职党员报到）",
    description: "在职党员到居住地社区报到，参加社区服务和社区党校学习",
  },
  {
    value: "secretary",
    label: "社区书记",
    description: "社区党组织书记和社区工作人员，认证身份后处理书记信箱和办事预约",
  },
] as const;

export const positionOptions = [
  { value: "secretary", label: "书记" },
  { value: "deputy_secretary", label: "副书记" },
  { value: "director", label: "主任" },
  { value: "deputy_director", label: "副主任" },
  { value: "member", label: "委员" },
  { value: "other", label: "其他" },
] as const;

export const volunteerTimeOptions = [
  { value: "weekday_daytime", label: "工作日白天" },
  { value: "weekday_evening", label: "工作日晚上" },
  { value: "weekend", label: "周末" },
  { value: "holiday", label: "节假日" },
] as const;

export const volunteerCategoryOptions = [
  { value: "elderly_disabled", label: "助老助残" },
  { value: "environment", label: "环境保护" },
  { value: "patrol", label: "治安巡逻" },
  { value: "culture_sports", label: "文体活动" },
  { value: "health", label: "医疗卫生" },
  { value: "legal", label: "法律咨询" },
  { value: "tutoring", label: "教育辅导" },
  { value: "other", label: "其他" },
] as const;

export const genderOptions = [
  { value: "male", label: "男" },
  { value: "female", label: "女" },
] as const;

export const educationOptions = [
  { value: "primary", label: "小学及以下" },
  { value: "junior_high", label: "初中" },
  { value: "senior_high", label: "高中、中专" },
  { value: "college", label: "大专" },
  { value: "bachelor", label: "本科" },
  { value: "master", label: "硕士" },
  { value: "doctorate", label: "博士" },
] as const;

type Option = { readonly value: string; readonly label: string };

export function valuesOf<const T extends readonly Option[]>(options: T) {
  return options.map((option) => option.value) as [T[number]["value"], ...T[number]["value"][]];
}

/** The label of a stored key, or the key itself when it is not (or no longer) an option. */
export function labelOf(options: readonly Option[], value: string | null | undefined) {
  if (!value) return "";

  return options.find((option) => option.value === value)?.label ?? value;
}

/** A stored key as a form's default: the option itself, or empty when it is not one. */
export function choiceOf<const T extends readonly Option[]>(
  options: T,
  value: string | null | undefined,
): T[number]["value"] | "" {
  return options.find((option) => option.value === value)?.value ?? "";
}

/** Stored keys as a form's defaults, leaving out any that are no longer options. */
export function choicesOf<const T extends readonly Option[]>(
  options: T,
  values: readonly string[],
): T[number]["value"][] {
  return options.filter((option) => values.includes(option.value)).map((option) => option.value);
}
