import type { CaseCounts } from "./cases";

export interface ServiceUnderTest {
  id: string;
  /** Service shape name; also the name tests and the expected-failures file use. */
  name: string;
  /** Server-side case counts of the published suite (see the protocol-tests README). */
  expectedCounts: CaseCounts;
}

export const SERVICES: readonly ServiceUnderTest[] = [
  {
    id: "aws.protocoltests.restjson#RestJson",
    name: "RestJson",
    expectedCounts: { request: 131, response: 91, malformed: 530, total: 752 },
  },
  {
    id: "aws.protocoltests.restjson.validation#RestJsonValidation",
    name: "RestJsonValidation",
    expectedCounts: { request: 1, response: 0, malformed: 125, total: 126 },
  },
];
