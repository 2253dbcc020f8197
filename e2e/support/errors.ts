import { expect } from "vitest";

/** What an SDK call failed with: the modeled error's name, message, fields and HTTP status. */
export interface ServiceFailure {
  name: string;
  message: string;
  resourceId?: string;
  resourceType?: string;
  reason?: string;
  status?: number;
}

/** Awaits a call that must fail and returns how it failed. */
export async function failureOf(call: Promise<unknown>): Promise<ServiceFailure> {
  try {
    await call;
  } catch (error) {
    const e = error as ServiceFailure & { $metadata?: { httpStatusCode?: number } };
    return { name: e.name, message: e.message, resourceId: e.resourceId, resourceType: e.resourceType, reason: e.reason, status: e.$metadata?.httpStatusCode };
  }
  throw new Error("expected the call to fail, it succeeded");
}

/** Asserts a call fails with the named error and, when given, these fields. */
export async function expectFailure(call: Promise<unknown>, name: string, fields: Partial<Omit<ServiceFailure, "name">> = {}): Promise<ServiceFailure> {
  const failure = await failureOf(call);
  expect(failure, failure.message).toMatchObject({ name, ...fields });
  return failure;
}
