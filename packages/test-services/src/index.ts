// Real backing services for tests and benchmarks of shared deployments: a throwaway PostgreSQL
// cluster and a moto_server speaking the S3 API, both on free loopback ports.
export { freePort } from "./free-port";
export { postgresBin, startPostgres, type ThrowawayPostgres } from "./postgres";
export { startMoto, type ThrowawayS3 } from "./moto";
