import { describe, expect, it } from "vitest";
import { startupImportMode } from "./startup";

const serverUrl = "postgres://postgres@127.0.0.1:5432/portal";

describe("region import at start", () => {
  it("loads the whole tree into the embedded database unless told otherwise", () => {
    expect(startupImportMode({})).toBe("full");
    expect(startupImportMode({ REGIONS: "sample" })).toBe("sample");
    expect(startupImportMode({ REGIONS: "none" })).toBeUndefined();
  });

  it("leaves a server database alone unless REGIONS asks", () => {
    expect(startupImportMode({ DATABASE_URL: serverUrl })).toBeUndefined();
    expect(startupImportMode({ DATABASE_URL: serverUrl, REGIONS: "full" })).toBe("full");
    expect(startupImportMode({ DATABASE_URL: serverUrl, REGIONS: "none" })).toBeUndefined();
  });
});
