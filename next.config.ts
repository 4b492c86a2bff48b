import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate builds (parallel e2e runs) may each use a folder of their own.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "pdfkit"],
  // The 认证文档 font is read from disk at run time; hosts that copy only traced files need it.
  outputFileTracingIncludes: {
    "/api/verification/document": [
      "./node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf",
    ],
  },
  experimental: {
    serverActions: { bodySizeLimit: "5mb" },
    // forbidden() answers 403 with app/forbidden.tsx, e.g. for /admin to a non-admin.
    authInterrupts: true,
  },
  poweredByHeader: false,
};

export default nextConfig;
