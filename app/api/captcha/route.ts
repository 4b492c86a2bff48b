import { createCaptcha } from "@/lib/accounts/captcha";

/** Creates a captcha and answers its id; the form then shows /api/captcha/<id>. */
export async function POST() {
  const captcha = await createCaptcha();

  return Response.json(captcha, { headers: { "Cache-Control": "no-store" } });
}
