import { describe, expect, it } from "vitest";
import { communityChoiceSchema, communitySearchSchema, regionCodeSchema } from "./schemas";

describe("community choice", () => {
  it("takes an existing community or the full name of a new one", () => {
    expect(communityChoiceSchema.parse({ districtCode: "110101", communityId: "42" })).toEqual({
      districtCode: "110101",
      communityId: 42,
    });
    expect(
      communityChoiceSchema.parse({
        districtCode: "441900",
        communityId: "",
        newCommunityName: "  东城街道新园社区居委会 ",
      }),
    ).toEqual({ districtCode: "441900", newCommunityName: "东城街道新园社区居委会" });
  });

  it("names the field that is missing", () => {
    const neither = communityChoiceSchema.safeParse({ districtCode: "110101", communityId: "" });
    const noDistrict = communityChoiceSchema.safeParse({ communityId: "42" });
    const tooShort = communityChoiceSchema.safeParse({
      districtCode: "110101",
      newCommunityName: "新区",
    });

    expect(neither.error?.issues[0]).toMatchObject({
      path: ["communityId"],
      message: "请选择所在社区，或填写新社区全称",
    });
    expect(noDistrict.error?.issues[0]?.path).toEqual(["districtCode"]);
    expect(tooShort.error?.issues[0]?.path).toEqual(["newCommunityName"]);
  });
});

describe("region lookups", () => {
  it("accepts only the lengths of real codes and bounds the search", () => {
    expect(
      ["11", "4419", "110101", "110101001"].every(
        (code) => regionCodeSchema.safeParse(code).success,
      ),
    ).toBe(true);
    expect(
      ["1", "110", "11010100", "11a"].some((code) => regionCodeSchema.safeParse(code).success),
    ).toBe(false);
    expect(communitySearchSchema.parse({})).toEqual({ q: "", limit: 100 });
    expect(communitySearchSchema.safeParse({ limit: "5000" }).success).toBe(false);
  });
});
