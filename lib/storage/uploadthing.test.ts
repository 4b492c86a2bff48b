import { describe, expect, it } from "vitest";
import { objectName, rangeHeader } from "./uploadthing";

// The uploadthing service cannot be reached from the test machines: only the driver's own
// decisions are tested here, not the service.
describe("uploadthing driver", () => {
  it("names objects at random, with nothing of the user in the name", () => {
    const first = objectName("image/jpeg");
    const second = objectName("image/jpeg");

    expect(first).toMatch(/^[0-9a-f]{32}\.jpg$/);
    expect(second).not.toBe(first);
    expect(objectName("image/png")).toMatch(/\.png$/);
    expect(objectName("application/octet-stream")).toMatch(/\.bin$/);
  });

  it("asks for the same byte range the browser asked for", () => {
    expect(rangeHeader({ start: 0, end: 1023 })).toBe("bytes=0-1023");
  });
});
