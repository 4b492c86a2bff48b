/** 用户注册协议: shown in a dialog beside the agreement box and on /agreement. */

const sections = [
  {
    title: "一、账号",
    paragraphs: [
      "您以手机号注册账号，并如实填写真实姓名、所在社区等信息。账号仅限本人使用，请妥善保管密码；" +
        "因密码泄露造成的损失由您本人承担。发现账号被他人使用时，请立即修改密码或使用【安全退出系统】。",
      "选择“社区书记”类型的用户，须通过身份认证后才能处理本社区的书记信箱和办事预约。",
    ],
  },
  {
    title: "二、个人信息",
    paragraphs: [
      "身份证号加密保存，除您本人外只以部分隐去的形式显示；身份认证材料仅供审核人员查看，每次查看均有记录。",
      "您的手机号不会向其他用户完整显示。我们不会出售您的个人信息，也不会在法律规定之外向第三方提供。",
    ],
  },
  {
    title: "三、使用规范",
    paragraphs: [
      "您发布的信息分享、投稿、服务项目和信件应真实、合法，不得含有违法、侮辱、诽谤或侵犯他人权益的内容。" +
        "工作人员有权审核，并对违规内容不予发布。",
      "志愿者认领服务项目后应按约参加；不能参加时请及时告知项目发布人。",
    ],
  },
  {
    title: "四、其他",
    paragraphs: [
      "违反本协议的账号可能被停用。本协议如有修改，将在网站上公布，修改后继续使用即视为同意。",
    ],
  },
];

export function AgreementText() {
  return (
    <div className="flex flex-col gap-4 leading-relaxed text-stone-800">
      {sections.map((section) => (
        <section key={section.title} className="flex flex-col gap-2">
          <h3 className="font-semibold text-stone-900">{section.title}</h3>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
