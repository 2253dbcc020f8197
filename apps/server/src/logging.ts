import pretty from "pino-pretty";
import type { LogFormat } from "./config";

/**
 * Where the server's log goes: human-readable lines in a terminal, JSON lines (pino's own
 * format, to stdout) otherwise or when asked. Pretty printing runs in this thread, which is
 * fine for an interactive session and avoids a worker that a bundle would have to locate.
 */
export function logStream(format: LogFormat | undefined, isTerminal: boolean): NodeJS.WritableStream | undefined {
  if ((format ?? (isTerminal ? "pretty" : "json")) === "json") return undefined;
  return pretty({
    colorize: isTerminal,
    translateTime: "SYS:HH:MM:ss.l",
    // The request line already says what these fields hold.
    ignore: "pid,hostname,reqId,method,url,statusCode,responseTime,errorType,errorMessage",
    sync: true,
  });
}
