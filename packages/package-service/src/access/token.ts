import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// Authorization tokens, as GetAuthorizationToken issues them and the package endpoints check them.
// A token is `<payload>.<signature>`: the payload is base64url JSON that starts like AWS's tokens
// (`{"ver":1,"isu":…` → `eyJ2ZXIiOjEsImlzdSI6…`), the signature an HMAC-SHA256 of the payload under
// the server secret. Any instance sharing the secret (it lives in the data dir) verifies any
// other's tokens; nothing is stored per token, and, as on AWS, a token cannot be revoked.

export const TOKEN_VERSION = 1;

/** What a token says: who obtained it, for which domain, until when. */
export interface TokenClaims {
  /** Account that called GetAuthorizationToken. */
  account: string;
  domain: string;
  domainOwner: string;
  region: string;
  issuedAt: Date;
  expiresAt: Date;
}

export type TokenRejection = "malformed" | "bad-signature" | "expired";

export type TokenVerification = { ok: true; claims: TokenClaims } | { ok: false; reason: TokenRejection };

interface Payload {
  ver: number;
  isu: number;
  exp: number;
  acc: string;
  own: string;
  dom: string;
  reg: string;
  /** Makes two tokens issued in the same second for the same domain differ. */
  nce: string;
}

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

function sign(payload: string, secret: Buffer): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

export function issueToken(claims: Omit<TokenClaims, "issuedAt"> & { issuedAt?: Date }, secret: Buffer, nonce: Buffer = randomBytes(9)): string {
  // Key order matters: it is what makes the token start like AWS's.
  const payload: Payload = {
    ver: TOKEN_VERSION,
    isu: seconds(claims.issuedAt ?? new Date()),
    exp: seconds(claims.expiresAt),
    acc: claims.account,
    own: claims.domainOwner,
    dom: claims.domain,
    reg: claims.region,
    nce: nonce.toString("base64url"),
  };
  const encoded = Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
  return `${encoded}.${sign(encoded, secret)}`;
}

function isPayload(value: unknown): value is Payload {
  const p = value as Partial<Payload> | null;
  return (
    typeof p === "object" &&
    p !== null &&
    p.ver === TOKEN_VERSION &&
    Number.isSafeInteger(p.isu) &&
    Number.isSafeInteger(p.exp) &&
    [p.acc, p.own, p.dom, p.reg, p.nce].every((field) => typeof field === "string")
  );
}

/** Checks signature and expiry; `now` comes from the caller so tests can move the clock. */
export function verifyToken(token: string, secret: Buffer, now: Date): TokenVerification {
  const dot = token.indexOf(".");
  if (dot <= 0 || dot !== token.lastIndexOf(".")) return { ok: false, reason: "malformed" };
  const encoded = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1), "base64url");
  const expected = Buffer.from(sign(encoded, secret), "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: "bad-signature" };
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8"));
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (!isPayload(payload)) return { ok: false, reason: "malformed" };
  if (seconds(now) >= payload.exp) return { ok: false, reason: "expired" };
  return {
    ok: true,
    claims: {
      account: payload.acc,
      domain: payload.dom,
      domainOwner: payload.own,
      region: payload.reg,
      issuedAt: new Date(payload.isu * 1000),
      expiresAt: new Date(payload.exp * 1000),
    },
  };
}
