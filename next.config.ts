import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Separate builds (parallel e2e runs) may each use a folder of their own.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres"],
  experimental: {
    serverActions: { bodySizeLimit: "5mb" },
  },
  poweredByHeader: false,
};

export default nextConfig;
