// Resource policies as IAM reads them: the document is checked against the policy grammar when it
// is stored, and evaluated (explicit Deny > Allow > implicit deny) when another account calls.
// Locally a caller is an account, not a user or role, so any principal ARN of an account names
// that account; Condition blocks cannot be evaluated without a request context, so statements
// that carry one are left out of the evaluation.

/** AWS's limit on CodeArtifact policy documents, in bytes. */
export const MAX_POLICY_BYTES = 7168;

export type PolicyEffect = "Allow" | "Deny";

export interface PolicyPrincipals {
  any: boolean;
  aws: string[];
  /** Service, Federated and CanonicalUser principals: kept, never matched by an account. */
  other: string[];
}

export interface PolicyStatement {
  sid?: string;
  effect: PolicyEffect;
  principal?: PolicyPrincipals;
  notPrincipal?: PolicyPrincipals;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  conditional: boolean;
}

export interface ResourcePolicyDocument {
  version?: string;
  statements: PolicyStatement[];
}

/** Why a document is not a valid resource policy; the message is shown to the caller. */
export class PolicyDocumentError extends Error {
  override name = "PolicyDocumentError";
}

const VERSIONS = new Set(["2012-10-17", "2008-10-17"]);
const TOP_LEVEL_KEYS = new Set(["Version", "Id", "Statement"]);
const STATEMENT_KEYS = new Set(["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"]);
const PRINCIPAL_KEYS = new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
const ACTION = /^(\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$/;
const AWS_PRINCIPAL = /^(\*|\d{12}|arn:aws[a-z-]*:(iam|sts)::\d{12}:.+)$/;
const SID = /^[A-Za-z0-9]*$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function fail(message: string): never {
  throw new PolicyDocumentError(message);
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A string or a non-empty list of strings, as IAM accepts for Action, Resource and principals. */
function stringList(value: Json, what: string): string[] {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || !list.every((item): item is string => typeof item === "string" && item.length > 0)) {
    fail(`${what} must be a non-empty string or a non-empty list of strings.`);
  }
  return list;
}

function principals(value: Json, what: string): PolicyPrincipals {
  if (value === "*") return { any: true, aws: [], other: [] };
  if (!isObject(value) || Object.keys(value).length === 0) fail(`${what} must be "*" or an object such as {"AWS": "<account or ARN>"}.`);
  const result: PolicyPrincipals = { any: false, aws: [], other: [] };
  for (const [key, entry] of Object.entries(value)) {
    if (!PRINCIPAL_KEYS.has(key)) fail(`${what} has an unsupported principal type: ${key}.`);
    const names = stringList(entry, `${what}.${key}`);
    if (key === "AWS") {
      for (const name of names) if (!AWS_PRINCIPAL.test(name)) fail(`Invalid principal in policy: "AWS":"${name}"`);
      result.aws.push(...names);
      if (names.includes("*")) result.any = true;
    } else {
      result.other.push(...names);
    }
  }
  return result;
}

function statement(value: Json, index: number, sids: Set<string>): PolicyStatement {
  const where = `Statement[${index}]`;
  if (!isObject(value)) fail(`${where} must be an object.`);
  for (const key of Object.keys(value)) if (!STATEMENT_KEYS.has(key)) fail(`${where} has an unknown field: ${key}.`);
  const { Sid, Effect, Principal, NotPrincipal, Action, NotAction, Resource, NotResource, Condition } = value;
  if (Sid !== undefined) {
    if (typeof Sid !== "string" || !SID.test(Sid)) fail(`${where}.Sid must contain only letters and digits.`);
    if (Sid !== "" && sids.has(Sid)) fail(`Statement IDs (SID) in a single policy must be unique: ${Sid}.`);
    sids.add(Sid);
  }
  if (Effect !== "Allow" && Effect !== "Deny") fail(`${where}.Effect must be "Allow" or "Deny".`);
  if ((Principal === undefined) === (NotPrincipal === undefined)) fail(`${where} must have exactly one of Principal or NotPrincipal.`);
  if ((Action === undefined) === (NotAction === undefined)) fail(`${where} must have exactly one of Action or NotAction.`);
  if (Resource !== undefined && NotResource !== undefined) fail(`${where} cannot have both Resource and NotResource.`);
  if (Condition !== undefined && !isObject(Condition)) fail(`${where}.Condition must be an object.`);
  const actions = (list: Json | undefined, name: string) => {
    if (list === undefined) return undefined;
    const names = stringList(list, `${where}.${name}`);
    for (const action of names) if (!ACTION.test(action)) fail(`${where}.${name} has an invalid action: ${action}.`);
    return names;
  };
  return {
    sid: Sid as string | undefined,
    effect: Effect,
    principal: Principal === undefined ? undefined : principals(Principal, `${where}.Principal`),
    notPrincipal: NotPrincipal === undefined ? undefined : principals(NotPrincipal, `${where}.NotPrincipal`),
    action: actions(Action, "Action"),
    notAction: actions(NotAction, "NotAction"),
    resource: Resource === undefined ? undefined : stringList(Resource, `${where}.Resource`),
    notResource: NotResource === undefined ? undefined : stringList(NotResource, `${where}.NotResource`),
    conditional: Condition !== undefined && Object.keys(Condition).length > 0,
  };
}

/** Parses and checks a resource policy document; throws PolicyDocumentError naming the problem. */
export function parsePolicyDocument(text: string): ResourcePolicyDocument {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > MAX_POLICY_BYTES) fail(`Policy document size ${bytes} bytes exceeds the maximum of ${MAX_POLICY_BYTES} bytes.`);
  let parsed: Json;
  try {
    parsed = JSON.parse(text) as Json;
  } catch {
    fail("Policy document is not valid JSON.");
  }
  if (!isObject(parsed)) fail("Policy document must be a JSON object.");
  for (const key of Object.keys(parsed)) if (!TOP_LEVEL_KEYS.has(key)) fail(`Policy document has an unknown field: ${key}.`);
  const { Version, Statement } = parsed;
  if (Version !== undefined && (typeof Version !== "string" || !VERSIONS.has(Version))) {
    fail(`Policy document Version must be "2012-10-17" or "2008-10-17".`);
  }
  if (Statement === undefined) fail("Policy document is missing the required field Statement.");
  const list = Array.isArray(Statement) ? Statement : [Statement];
  if (list.length === 0) fail("Policy document Statement must not be empty.");
  const sids = new Set<string>();
  return { version: Version as string | undefined, statements: list.map((item, index) => statement(item, index, sids)) };
}

// ---- evaluation -------------------------------------------------------------------------------

/** One call as the policy sees it: which account, doing what, to which resource. */
export interface PolicyRequest {
  account: string;
  /** `service:Action`, e.g. `codeartifact:DescribeDomain`. */
  action: string;
  resourceArn: string;
}

export type PolicyDecision = "allow" | "deny" | "none";

/** IAM wildcards: `*` any run, `?` one character. */
function globMatches(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, "\\$&")
    .replace(/\*/g, ".*")
    .replace(/\?/g, ".");
  return new RegExp(`^${source}$`, ignoreCase ? "is" : "s").test(value);
}

function accountOf(principal: string): string | undefined {
  if (/^\d{12}$/.test(principal)) return principal;
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1];
}

function principalMatches(principals: PolicyPrincipals, account: string): boolean {
  return principals.any || principals.aws.some((name) => accountOf(name) === account);
}

function statementApplies(s: PolicyStatement, request: PolicyRequest): boolean {
  if (s.conditional) return false;
  if (s.principal && !principalMatches(s.principal, request.account)) return false;
  if (s.notPrincipal && principalMatches(s.notPrincipal, request.account)) return false;
  const actionMatch = (list: string[]) => list.some((pattern) => globMatches(pattern, request.action, true));
  if (s.action && !actionMatch(s.action)) return false;
  if (s.notAction && actionMatch(s.notAction)) return false;
  const resourceMatch = (list: string[]) => list.some((pattern) => globMatches(pattern, request.resourceArn, false));
  if (s.resource && !resourceMatch(s.resource)) return false;
  if (s.notResource && resourceMatch(s.notResource)) return false;
  return true;
}

/** An explicit Deny wins over any Allow; with neither, the policy grants nothing ("none"). */
export function evaluatePolicy(document: ResourcePolicyDocument, request: PolicyRequest): PolicyDecision {
  let decision: PolicyDecision = "none";
  for (const s of document.statements) {
    if (!statementApplies(s, request)) continue;
    if (s.effect === "Deny") return "deny";
    decision = "allow";
  }
  return decision;
}

/** Evaluates a stored document; one that no longer parses grants nothing. */
export function evaluatePolicyText(text: string | undefined, request: PolicyRequest): PolicyDecision {
  if (text === undefined) return "none";
  try {
    return evaluatePolicy(parsePolicyDocument(text), request);
  } catch (error) {
    if (error instanceof PolicyDocumentError) return "none";
    throw error;
  }
}
