import { captchaImage } from "@/lib/accounts/captcha";

/** The captcha drawn as a PNG; every request draws it with new noise. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const image = await captchaImage((await params).id);
  if (!image) return new Response("验证码已失效，请换一张", { status: 404 });

  return new Response(new Uint8Array(image), {
    headers: { "Content-Type": "image/png", "Cache-Control": "no-store" },
  });
}
