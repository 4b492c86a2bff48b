const iconCircle = "flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-50";

const services = [
  {
    title: "书记信箱",
    text: "给本社区书记写信，反映情况、提出建议。信件只有本社区已认证的社区书记能看到，回复后可在用户中心查看。",
    icon: "M3 6.5h18v11H3zM3 7l9 6.5L21 7",
  },
  {
    title: "办事预约",
    text: "预约到社区办理事项，说明要办的事和方便的时间；社区书记处理后，处理结果会写在预约里。",
    icon: "M4 5.5h16v15H4zM4 10h16M8.5 3v5M15.5 3v5M8 14h3",
  },
  {
    title: "信息分享",
    text: "分享社区新鲜事，或在线投稿。内容经工作人员审核后公开，在用户中心可查看审核状态。",
    icon: "M5 4.5h14v15H5zM8.5 9h7M8.5 12.5h7M8.5 16h4",
  },
  {
    title: "服务项目",
    text: "发布社区志愿服务项目，经审核后在本社区公开；注册为志愿者的居民可以在线认领。",
    icon: "M12 20s-7-4.3-7-9.5A4 4 0 0 1 12 8a4 4 0 0 1 7 2.5C19 15.7 12 20 12 20Z",
  },
  {
    title: "社区党校",
    text: "在线观看学习视频，记录每个人的学习时长，并按省份、城市、区县和社区排名。",
    icon: "M3 9.5 12 5l9 4.5-9 4.5zM7 11.5V16c2.8 2 7.2 2 10 0v-4.5",
  },
];

/** The five services of the portal, as the user guide names them. */
export function HomeServices() {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {services.map((service) => (
        <li
          key={service.title}
          className="flex gap-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm"
        >
          <span className={iconCircle}>
            <svg aria-hidden="true" viewBox="0 0 24 24" className="text-brand-700 size-6">
              <path
                d={service.icon}
                fill="none"
                stroke="currentColor"
                strokeWidth="1.7"
                strokeLinejoin="round"
                strokeLinecap="round"
              />
            </svg>
          </span>
          <div className="flex flex-col gap-1">
            <h3 className="text-lg font-semibold text-stone-900">{service.title}</h3>
            <p className="leading-relaxed text-stone-700">{service.text}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
