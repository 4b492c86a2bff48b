import { describe, expect, it } from "vitest";
import {
  basicProfileSchema,
  changePasswordSchema,
  profileSchema,
  registerSchema,
  volunteerSchema,
} from "./schemas";

const stepOne = {
  phone: "13800000099",
  realName: " 张三 ",
  password: "secret1",
  captchaId: "id",
  captcha: "ab12",
};

function messages(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  return Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
  );
}

describe("the registration forms", () => {
  it("needs a community from the list, or a district and a full name to propose", () => {
    expect(messages(registerSchema.safeParse(stepOne))).toEqual({
      communityId: "请选择所在社区；列表中没有时，请填写社区全称",
    });
    expect(messages(registerSchema.safeParse({ ...stepOne, newCommunityName: "新社" }))).toEqual({
      districtCode: "请选择所在区县",
      newCommunityName: "请填写社区全称，如 多福巷社区居委会",
    });
    expect(registerSchema.parse({ ...stepOne, communityId: "12" })).toMatchObject({
      communityId: 12,
      realName: "张三",
    });
  });

  it("checks step 3 by the chosen type and stores the ID number with a capital X", () => {
    const secretary = profileSchema.parse({
      type: "secretary",
      position: "secretary",
      partyJoinedMonth: "2001-07",
      idNumber: " 11010519491231002x ",
      email: " Name@Example.CN ",
      gender: "",
      agreement: true,
    });
    const missing = profileSchema.safeParse({ type: "party_member", agreement: false });

    expect(secretary).toMatchObject({
      idNumber: "11010519491231002X",
      email: "name@example.cn",
      gender: undefined,
    });
    expect(messages(missing)).toEqual({
      partyJoinedMonth: "请填写入党年月",
      agreement: "请阅读并同意《用户注册协议》",
    });
    expect(messages(profileSchema.safeParse({ type: "resident", agreement: "on" }))).toEqual({});
  });

  it("needs at least one 服务时间 and one 服务类别 of the list", () => {
    expect(
      messages(volunteerSchema.safeParse({ times: [], categories: ["x"], agreement: true })),
    ).toEqual({ times: "请至少选择一项服务时间", "categories.0": "请从列表中选择服务类别" });
  });
});

describe("the 个人资料 forms", () => {
  it("ask for the current password and the new one twice", () => {
    expect(messages(basicProfileSchema.safeParse({ email: "not-an-email" }))).toEqual({
      email: "电子邮件格式不正确，如 name@example.com",
      currentPassword: "请输入当前登录密码",
    });
    expect(
      messages(
        changePasswordSchema.safeParse({
          currentPassword: "old-one",
          newPassword: "newer1",
          confirmPassword: "newer2",
        }),
      ),
    ).toEqual({ confirmPassword: "两次输入的新密码不一致" });
  });
});
