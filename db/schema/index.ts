export * from "./regions";
export * from "./accounts";
export * from "./files";
export * from "./verification";
export * from "./audit";
export * from "./notifications";
export * from "./mailbox";
