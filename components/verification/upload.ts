import type { ActionResult } from "@/lib/actions";

/**
 * Sends the two scans with XMLHttpRequest: unlike fetch, it reports upload progress, so the
 * page can show how much of the files has reached the server.
 */
export function uploadScans(
  files: { idCard: File; document: File },
  onProgress: (percent: number) => void,
): Promise<ActionResult<{ verificationId: number }>> {
  const body = new FormData();
  body.append("idCard", files.idCard);
  body.append("document", files.document);

  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("POST", "/api/verification");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const result = request.response as ActionResult<{ verificationId: number }> | null;
      resolve(result ?? failure("系统繁忙，请稍后再试"));
    };
    request.onerror = () => resolve(failure("网络连接中断，文件没有上传成功，请重新提交"));
    request.send(body);
  });
}

function failure(message: string): ActionResult<never> {
  return { ok: false, message, fieldErrors: {} };
}
