import { Alert } from "@/components/ui/alert";

/** The outcome of 【提交】, carried in the address the secretary was sent back to. */
export function AnswerNotice({ notice, answerLabel }: { notice?: string; answerLabel: string }) {
  if (notice === "answered") {
    return (
      <Alert tone="success" title={`${answerLabel}已提交`}>
        居民会收到站内通知。处理后的信息不能再修改。
      </Alert>
    );
  }
  if (notice === "taken") {
    return (
      <Alert tone="warning" title="该信息已由其他书记处理">
        您的{answerLabel}没有保存。处理后的信息不能再修改，以下是已保存的{answerLabel}。
      </Alert>
    );
  }

  return null;
}
