import { describe, expect, it } from "vitest";
import { describeError } from "./logger";

describe("describeError", () => {
  it("keeps a failed query's parameters out of the log", () => {
    const cause = Object.assign(new Error("duplicate key"), { code: "23505", constraint: "u" });
    const error = Object.assign(new Error("Failed query: insert … params: 13800000001"), {
      query: "insert into users …",
      params: ["13800000001"],
      cause,
    });

    const logged = JSON.stringify(describeError(error));

    expect(logged).not.toContain("13800000001");
    expect(logged).toContain("23505");
  });

  it("keeps an ordinary error's message and stack", () => {
    const detail = describeError(new Error("disk full"));

    expect(detail.message).toBe("disk full");
    expect(detail.stack).toBeTypeOf("string");
  });
});
