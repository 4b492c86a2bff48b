import { getSessionUser } from "@/lib/auth/session";
import { handleSubmissionRequest } from "@/lib/verification/submission-request";

/** 【提交】 of the two scans; a route handler so the page can show upload progress. */
export async function POST(request: Request) {
  return handleSubmissionRequest({ request, actor: await getSessionUser() });
}
