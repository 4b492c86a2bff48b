import { and, eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { auditLogs } from "@/db/schema";
import { bookAppointment, getMyAppointment } from "@/lib/mailbox/appointments";
import { chinaDate } from "@/lib/mailbox/dates";
import {
  createMatter,
  deleteMatter,
  listBookableMatters,
  listMatters,
  updateMatter,
} from "@/lib/mailbox/matters";
import { describeOnDatabases } from "../database";
import { expectCode } from "./expect";
import { type Cast, createCast } from "./factories";

describeOnDatabases("办事事项 kept by admins", (database) => {
  let cast: Cast;

  beforeAll(async () => {
    cast = await createCast(database().db);
  });

  it("are managed by admins only", async () => {
    const input = { name: "老年卡办理", sortOrder: "70", isActive: true };
    for (const [actor, code] of [
      [cast.visitor, "UNAUTHENTICATED"],
      [cast.resident, "FORBIDDEN"],
      [cast.secretary, "FORBIDDEN"],
      [cast.unverifiedSecretary, "FORBIDDEN"],
    ] as const) {
      await expectCode(createMatter({ actor, input }), code);
      await expectCode(listMatters({ actor }), code);
      await expectCode(deleteMatter({ actor, matterId: 1 }), code);
    }

    const { id } = await createMatter({ actor: cast.admin, input });
    expect((await listBookableMatters()).map((matter) => matter.name)).toContain("老年卡办理");
    const audit = await database()
      .db.select()
      .from(auditLogs)
      .where(and(eq(auditLogs.action, "matter.create"), eq(auditLogs.targetId, String(id))));
    expect(audit).toHaveLength(1);
  });

  it("refuses a duplicate, an empty name and 其他, which the form always offers", async () => {
    const refuse = async (name: string, message: string) => {
      const error = await expectCode(
        createMatter({ actor: cast.admin, input: { name, sortOrder: "1", isActive: true } }),
        "VALIDATION",
      );
      expect(error.fieldErrors).toEqual({ name: message });
    };
    await refuse("户籍办理", "已有同名的办事事项");
    await refuse(" ", "请填写事项名称");
    await refuse("其他", "「其他」总是列在最后，无需添加");
  });

  it("stops a matter in use instead of deleting it; booked appointments keep it", async () => {
    const { id } = await createMatter({
      actor: cast.admin,
      input: { name: "出租房登记", sortOrder: "80", isActive: true },
    });
    const booking = {
      matter: String(id),
      preferredDate: chinaDate(5),
      halfDay: "morning",
      description: "登记出租房。",
      contactPhone: "13800000030",
    };
    const booked = await bookAppointment({ actor: cast.resident, input: booking });

    await expectCode(deleteMatter({ actor: cast.admin, matterId: id }), "CONFLICT");
    await updateMatter({
      actor: cast.admin,
      matterId: id,
      input: { name: "出租房屋登记", sortOrder: "80", isActive: false },
    });
    expect((await listBookableMatters()).map((matter) => matter.id)).not.toContain(id);
    await expectCode(bookAppointment({ actor: cast.neighbour, input: booking }), "VALIDATION");
    const kept = await getMyAppointment({ actor: cast.resident, appointmentId: booked.id });
    expect(kept.title).toBe("出租房屋登记");
  });

  it("deletes a matter no one booked", async () => {
    const { id } = await createMatter({
      actor: cast.admin,
      input: { name: "临时事项", sortOrder: "90", isActive: true },
    });
    await deleteMatter({ actor: cast.admin, matterId: id });

    expect((await listMatters({ actor: cast.admin })).map((matter) => matter.id)).not.toContain(id);
    await expectCode(deleteMatter({ actor: cast.admin, matterId: id }), "NOT_FOUND");
  });
});
