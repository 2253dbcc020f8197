/** Identifier conventions shared by the loader (to reserve names) and the emitters (to use them). */

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

/** `ListDomains` → `listDomains`, `GetAPIKey` → `getAPIKey`, `AWSThing` → `awsThing`, `URL` → `url`. */
export function lowerCamelCase(name: string): string {
  const leadingCaps = /^[A-Z]+/.exec(name)?.[0] ?? "";
  if (leadingCaps.length <= 1) return name.charAt(0).toLowerCase() + name.slice(1);
  const whole = leadingCaps.length === name.length || !/[a-z]/.test(name.charAt(leadingCaps.length));
  const lowered = whole ? leadingCaps : leadingCaps.slice(0, -1);
  return lowered.toLowerCase() + name.slice(lowered.length);
}

export const handlersInterfaceName = (serviceName: string): string => `${sanitize(serviceName)}Handlers`;
export const pluginFunctionName = (serviceName: string): string => `${lowerCamelCase(sanitize(serviceName))}Plugin`;
export const validatorName = (operationName: string): string => `validate${sanitize(operationName)}Input`;
export const handlerMethodName = (operationName: string): string => lowerCamelCase(sanitize(operationName));

function sanitize(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9_$]/g, "_");
  return /^[0-9]/.test(clean) ? `_${clean}` : clean;
}
