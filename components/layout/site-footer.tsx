/** About the portal and how to reach the community; only what is true of the portal. */
export function SiteFooter() {
  const year = new Date().getFullYear();

  return (
    <footer className="mt-12 bg-stone-800 text-stone-200">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="mb-3 font-semibold text-white">
            关于本站
          </h2>
          <p className="leading-relaxed">
            中国社区网是社区居民与社区书记的服务平台：书记信箱、办事预约、信息分享、服务项目与社区党校。
          </p>
        </section>
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="mb-3 font-semibold text-white">
            联系我们
          </h2>
          <p className="leading-relaxed">
            居民事务请联系本社区：登录后在【用户中心】通过【书记信箱】给社区书记写信，或通过【办事预约】预约办理。
          </p>
        </section>
      </div>
      <div className="border-t border-stone-700">
        <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-stone-300">© {year} 中国社区网</p>
      </div>
    </footer>
  );
}
