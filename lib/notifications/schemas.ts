import { z } from "zod";

export const notificationSchema = z.object({
  notificationId: z.coerce.number({ error: "请选择通知" }).int("请选择通知").positive("请选择通知"),
});
